package vn.tdkt.workflow.engine;

/** Process definition keys, task definition keys and process variable names: the one place for these strings. */
public final class ProcessKeys {

    /** Process {@code commendation-proposal}: a unit's proposal through the unit head's review. */
    public static final String COMMENDATION_PROPOSAL = "commendation-proposal";

    /** User task of the unit head: approve or return with a reason. */
    public static final String TASK_UNIT_HEAD_REVIEW = "Task_UnitHeadReview";
    /** User task of the unit's clerks: revise a returned proposal and resubmit. */
    public static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";

    /** Variable: the proposal's database id (variables hold ids, never entities). */
    public static final String VAR_PROPOSAL_ID = "proposalId";
    /** Variable: the proposal's unit code, which scopes the candidate groups. */
    public static final String VAR_UNIT_CODE = "unitCode";
    /** Variable: the unit head's decision, one of {@link Decision}. */
    public static final String VAR_DECISION = "decision";

    /** The unit head's decisions as the diagram's gateway reads them. */
    public enum Decision {
        APPROVE, RETURN
    }

    private ProcessKeys() {
    }
}
