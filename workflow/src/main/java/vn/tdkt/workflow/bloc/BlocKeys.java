package vn.tdkt.workflow.bloc;

import vn.tdkt.workflow.engine.ProcessKeys;

/** The bloc review process's key, task keys and variables. */
public final class BlocKeys {

    public static final String PROCESS = "bloc-annual-review";
    public static final String TASK_CONSOLIDATE = "Task_BlocConsolidate";
    public static final String TASK_ACCLAMATION = "Task_BlocAcclamation";
    public static final String VAR_REVIEW_ID = ProcessKeys.VAR_BLOC_REVIEW_ID;
    public static final String VAR_HEAD_UNIT = "headUnit";
    public static final String VAR_YEAR_END = "yearEnd";
    /** Who recorded the ballot: the head unit's clerk, in whose name the proposals are drafted. */
    public static final String VAR_RECORDED_BY = "acclamationBy";

    public static final String SELF_WEIGHT = "bloc_review.self_weight_percent";
    public static final String QUORUM = "bloc_review.quorum_percent";
    public static final String THRESHOLD_OF_PRESENT = "bloc_review.threshold_percent_of_present";
    public static final String BANG_KHEN_COUNT = "bloc_review.bang_khen_count";

    public static final String CO_THI_DUA = "CO_THI_DUA_UBND";
    public static final String BANG_KHEN = "BK_UBND";

    private BlocKeys() {
    }

    /**
     * The process instance's business key of a review, shown where a proposal's number would be. Never parsed back:
     * a task's review is recorded as its subject ({@code vn.tdkt.workflow.engine.TaskSubject}).
     */
    public static String businessKey(long reviewId) {
        return "KHOI-" + reviewId;
    }
}
