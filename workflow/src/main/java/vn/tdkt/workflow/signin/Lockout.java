package vn.tdkt.workflow.signin;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An account name or client address locked out now: after how many failures, until when. */
public record Lockout(String subject, int failures, LocalDateTime until) implements Serializable {
}
