package vn.tdkt.domain.proposal;

/** What happened to a proposal, as recorded in its history; labels live under {@code action.<NAME>}. */
public enum ProposalAction {
    CREATED,
    UPDATED,
    SUBMITTED,
    RETURNED,
    RESUBMITTED,
    APPROVED_AT_UNIT,
    ATTACHMENT_ADDED,
    ATTACHMENT_REMOVED,
    REJECTED_AT_UNIT,
    COUNCIL_VOTED,
    RETURNED_FOR_SUPPLEMENT,
    SUPPLEMENTED,
    REFUSED_AT_BOARD,
    ACCEPTED_AT_BOARD,
    APPRAISED,
    DECIDED,
    NOT_COMMENDED
}
