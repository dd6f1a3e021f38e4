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
    /**
     * Variable: the bloc review's database id, set by the bloc's process ({@code bloc-annual-review}); with
     * {@link #VAR_PROPOSAL_ID} it tells what a task is about ({@link TaskSubject}).
     */
    public static final String VAR_BLOC_REVIEW_ID = "reviewId";
    /** Variable: the proposal's unit code, which scopes the candidate groups. */
    public static final String VAR_UNIT_CODE = "unitCode";
    /** User task of the unit council's secretary: record the secret ballot. */
    public static final String TASK_COUNCIL_VOTE = "Task_CouncilVote";
    /** User task of the board's appraisers: receive and check the dossier (may return it once). */
    public static final String TASK_RECEPTION = "Task_Reception";
    /** User task of the board's appraisers after the supplement: accept or refuse, no second return. */
    public static final String TASK_RECEPTION_AFTER_SUPPLEMENT = "Task_ReceptionAfterSupplement";
    /** User task of the unit's clerks: complete the dossier the board returned, by its deadline. */
    public static final String TASK_SUPPLEMENT = "Task_Supplement";
    /** User task of the board's appraisers: appraise within the working-day deadline. */
    public static final String TASK_APPRAISAL = "Task_Appraisal";
    /** User task of the board's appraisers after a state-level form's public notice: record the comments. */
    public static final String TASK_PUBLIC_NOTICE = "Task_RecordNoticeComments";
    /** User task of the approving leader: sign the decision (some or all nominees) or refuse. */
    public static final String TASK_DECISION = "Task_Decision";
    /** User task of the unit head for titles within the unit's authority: sign the unit's decision. */
    public static final String TASK_UNIT_DECISION = "Task_UnitDecision";
    /** The board records the central level's decision on a state-level form the province sent up. */
    public static final String TASK_CENTRAL_DECISION = "Task_CentralDecision";

    /** Variable: the decision taken on the task just completed, one of {@link Decision}. */
    public static final String VAR_DECISION = "decision";
    /** Variable: whether the council's ballot carried the proposal. */
    public static final String VAR_VOTE_PASSED = "votePassed";
    /** Variable: whether every title proposed is the unit head's to decide. */
    public static final String VAR_DECIDED_BY_UNIT = "decidedByUnit";
    /** Variables: deadlines computed on working days when the board acts. */
    public static final String VAR_SUPPLEMENT_DUE = "supplementDue";
    public static final String VAR_APPRAISAL_DUE = "appraisalDue";
    public static final String VAR_APPRAISAL_REMINDER = "appraisalReminder";
    /** Variable: whether a form is decided at state level (public notice before the decision). */
    public static final String VAR_STATE_LEVEL = "stateLevel";
    /** Variable: the end of a state-level form's public notice period. */
    public static final String VAR_PUBLIC_NOTICE_ENDS = "publicNoticeEnds";

    /** The decisions the diagram's gateways read. */
    public enum Decision {
        APPROVE, RETURN, REJECT, ACCEPT, REFUSE, PROPOSE, DECIDE, SEND_UP, AGREE, DISAGREE
    }

    private ProcessKeys() {
    }
}
