package vn.tdkt.workflow.bloc;

import vn.tdkt.domain.blocreview.BlocReview;

/**
 * A review reached a point the members must hear of, inside the transaction that reached it: the head opened it
 * (every member scores) or the last score sheet came in (the head can consolidate). An event rather than a call,
 * so that the bloc's services need not know who listens (the notifier).
 */
public record BlocReviewMilestone(BlocReview review, Kind kind) {

    public enum Kind {
        OPENED, FULLY_SCORED
    }
}
