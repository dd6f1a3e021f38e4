package vn.tdkt.workflow.notification;

import java.io.Serializable;

/** One e-mail copy of a notification, composed inside the action's transaction and sent after it commits. */
public record OutgoingMail(String to, String subject, String body) implements Serializable {
}
