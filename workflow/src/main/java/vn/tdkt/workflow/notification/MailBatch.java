package vn.tdkt.workflow.notification;

import java.util.List;

/** The mails one action's notifications produce; fired as a CDI event that {@link Mailer} hears after commit. */
public record MailBatch(List<OutgoingMail> mails) {

    public MailBatch {
        mails = List.copyOf(mails);
    }
}
