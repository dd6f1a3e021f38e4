package vn.tdkt.workflow.proposal;

import java.io.Serializable;
import java.time.LocalDateTime;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.workflow.engine.ProcessKeys;

/**
 * One row of a user's inbox: an open task and the proposal it is about. A class with getters rather than a
 * record, because Jakarta EL 5 (Jakarta EE 10) does not read record components as properties.
 */
public final class InboxItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String taskId;
    private final String taskKey;
    private final long proposalId;
    private final String proposalNumber;
    private final String nomineeName;
    private final int otherNominees;
    private final String titleNameVi;
    private final String titleNameEn;
    private final String unitName;
    private final LocalDateTime receivedAt;
    private final ProposalStatus status;
    private final String returnReason;

    InboxItem(String taskId, String taskKey, long proposalId, String proposalNumber, String nomineeName,
            int otherNominees, String titleNameVi, String titleNameEn, String unitName, LocalDateTime receivedAt, ProposalStatus status,
            String returnReason) {
        this.taskId = taskId;
        this.taskKey = taskKey;
        this.proposalId = proposalId;
        this.proposalNumber = proposalNumber;
        this.nomineeName = nomineeName;
        this.otherNominees = otherNominees;
        this.titleNameVi = titleNameVi;
        this.titleNameEn = titleNameEn;
        this.unitName = unitName;
        this.receivedAt = receivedAt;
        this.status = status;
        this.returnReason = returnReason;
    }

    /** True for the unit head's review, false for the clerk's revision of a returned proposal. */
    public boolean isReview() {
        return ProcessKeys.TASK_UNIT_HEAD_REVIEW.equals(taskKey);
    }

    /** The clerk's steps (revise after a return, supplement for the board) are worked in the dossier form. */
    public boolean isClerkStep() {
        return ProcessKeys.TASK_REVISE_PROPOSAL.equals(taskKey) || ProcessKeys.TASK_SUPPLEMENT.equals(taskKey);
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public long getProposalId() {
        return proposalId;
    }

    public String getProposalNumber() {
        return proposalNumber;
    }

    /** How many nominees the dossier has besides the one shown. */
    public int getOtherNominees() {
        return otherNominees;
    }

    /** The first nominee of the dossier. */
    public String getNomineeName() {
        return nomineeName;
    }

    public String getTitleNameVi() {
        return titleNameVi;
    }

    public String getTitleNameEn() {
        return titleNameEn;
    }

    public String getUnitName() {
        return unitName;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getReturnReason() {
        return returnReason;
    }
}
