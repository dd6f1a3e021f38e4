package vn.tdkt.workflow.notification;

import vn.tdkt.domain.notification.Notification;
import vn.tdkt.domain.notification.NotificationKind;

/** Where a notification leads, as a path of the application; the page and the mail use the same one. */
public final class NotificationLinks {

    private NotificationLinks() {
    }

    /** Where a stored notification leads: its bloc review's page, or by its kind for a dossier. */
    public static String path(Notification notification) {
        return notification.getBlocReviewId() != null ? blocReview(notification.getBlocReviewId())
                : path(notification.getKind(), notification.getProposalId());
    }

    /** A bloc review's page: the score sheets, the head's consolidation and ballot are all there. */
    public static String blocReview(long reviewId) {
        return "/app/bloc-review.xhtml?id=" + reviewId;
    }

    /**
     * A new task leads to the inbox (the task, not the proposal, is what waits); a return to the form the clerk
     * revises it in; anything else to the proposal itself.
     */
    public static String path(NotificationKind kind, long proposalId) {
        return switch (kind) {
            case NEW_TASK, REMINDER, ESCALATION -> "/app/inbox.xhtml";
            case RETURNED -> "/app/proposal-edit.xhtml?id=" + proposalId;
            case APPROVED, DECISION -> "/app/proposal.xhtml?id=" + proposalId;
            case BLOC_REVIEW -> throw new IllegalArgumentException("A bloc review's notification leads to its review");
        };
    }
}
