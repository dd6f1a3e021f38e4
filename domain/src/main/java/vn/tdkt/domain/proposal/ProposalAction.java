package vn.tdkt.domain.proposal;

import vn.tdkt.domain.organisation.Role;

/**
 * What happened to a proposal, as recorded in its history; labels live under {@code action.<NAME>}. Each action
 * is taken in one role, except a decision and a "not commended", which depend on the stage (unit or board).
 */
public enum ProposalAction {
    CREATED(Role.CLERK),
    UPDATED(Role.CLERK),
    SUBMITTED(Role.CLERK),
    RETURNED(Role.UNIT_LEADER),
    RESUBMITTED(Role.CLERK),
    APPROVED_AT_UNIT(Role.UNIT_LEADER),
    ATTACHMENT_ADDED(Role.CLERK),
    ATTACHMENT_REMOVED(Role.CLERK),
    REJECTED_AT_UNIT(Role.UNIT_LEADER),
    COUNCIL_VOTED(Role.COUNCIL_SECRETARY),
    RETURNED_FOR_SUPPLEMENT(Role.APPRAISER),
    SUPPLEMENTED(Role.CLERK),
    SUPPLEMENT_EXPIRED(null),
    REFUSED_AT_BOARD(Role.APPRAISER),
    ACCEPTED_AT_BOARD(Role.APPRAISER),
    APPRAISED(Role.APPRAISER),
    PUBLIC_NOTICE_RECORDED(Role.APPRAISER),
    SENT_UP(Role.APPROVER),
    DECIDED(null),
    NOT_COMMENDED(null),
    /** An opinion given at a step an administrator added; the step says in which role. */
    OPINION_AGREED(null),
    OPINION_DISAGREED(null),
    /** Drafted from a bloc's acclamation and sent to the board by the head unit's clerk. */
    PROPOSED_BY_BLOC(Role.CLERK);

    private final Role role;

    ProposalAction(Role role) {
        this.role = role;
    }

    /** The role this action is always taken in; null when the stage decides (or the system acts). */
    public Role role() {
        return role;
    }
}
