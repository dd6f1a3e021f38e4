package vn.tdkt.domain.blocreview;

/**
 * Where a bloc review stands: members score (themselves, then each other), the head consolidates the ranking,
 * the meeting's acclamation ballot is recorded, and for a year-end review the bloc's proposals are created.
 */
public enum ReviewStatus {
    SCORING, CONSOLIDATED, VOTED, PROPOSED
}
