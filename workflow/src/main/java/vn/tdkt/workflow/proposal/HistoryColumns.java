package vn.tdkt.workflow.proposal;

import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.workflow.engine.ProcessKeys;

/**
 * The role and process step of a line of a proposal's history (lịch sử xử lý), for the timeline and the audit
 * export alike: as stored on the line, or for lines written before they were stored (migration V14), as far as
 * the action alone tells.
 */
public final class HistoryColumns {

    private HistoryColumns() {
    }

    /**
     * The role the event's actor acted in; null when the action alone does not tell (a decision is signed by the
     * unit head or by the approving leader, "not commended" comes from the appraisal or the decision).
     */
    public static Role roleOf(ProposalEvent event) {
        if (event.getActorRole() != null) {
            return event.getActorRole();
        }
        return switch (event.getAction()) {
            case CREATED, UPDATED, SUBMITTED, RESUBMITTED, ATTACHMENT_ADDED, ATTACHMENT_REMOVED, SUPPLEMENTED ->
                Role.CLERK;
            case RETURNED, APPROVED_AT_UNIT, REJECTED_AT_UNIT -> Role.UNIT_LEADER;
            case COUNCIL_VOTED -> Role.COUNCIL_SECRETARY;
            case RETURNED_FOR_SUPPLEMENT, REFUSED_AT_BOARD, ACCEPTED_AT_BOARD, APPRAISED -> Role.APPRAISER;
            default -> null;
        };
    }

    /**
     * The process step (task key) the event completed; null for events outside a task (drafting, submitting) and
     * where the action alone does not tell which of two steps it was (first or second reception, unit or board
     * decision).
     */
    public static String stepOf(ProposalEvent event) {
        if (event.getTaskKey() != null) {
            return event.getTaskKey();
        }
        return switch (event.getAction()) {
            case RETURNED, APPROVED_AT_UNIT, REJECTED_AT_UNIT -> ProcessKeys.TASK_UNIT_HEAD_REVIEW;
            case RESUBMITTED -> ProcessKeys.TASK_REVISE_PROPOSAL;
            case COUNCIL_VOTED -> ProcessKeys.TASK_COUNCIL_VOTE;
            case RETURNED_FOR_SUPPLEMENT -> ProcessKeys.TASK_RECEPTION;
            case SUPPLEMENTED -> ProcessKeys.TASK_SUPPLEMENT;
            case APPRAISED -> ProcessKeys.TASK_APPRAISAL;
            default -> null;
        };
    }
}
