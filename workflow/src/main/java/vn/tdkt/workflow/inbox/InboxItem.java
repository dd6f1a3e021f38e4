package vn.tdkt.workflow.inbox;

import java.io.Serializable;
import java.time.LocalDateTime;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.engine.TaskSubject;

/**
 * One row of a user's inbox: an open task and the proposal it is about, or for the bloc head's consolidation and
 * ballot the bloc review (then the proposal's columns are empty). A class with getters rather than a record,
 * because Jakarta EL 5 (Jakarta EE 10) does not read record components as properties.
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
    private final String unitCode;
    private final String assignee;
    private final LocalDateTime dueAt;
    private final boolean returned;
    private final DueState dueState;

    /** Where a task stands against its due date when the inbox was read. */
    public enum DueState {
        NONE, DUE_SOON, OVERDUE
    }

    @SuppressWarnings("java:S107") // one row of the inbox table with its proposal: a flat value, built in one place
    private final String taskName;
    private final TaskSubject subject;

    public InboxItem(String taskId, String taskKey, long proposalId, String proposalNumber, String nomineeName,
            int otherNominees, String titleNameVi, String titleNameEn, String unitName, LocalDateTime receivedAt,
            ProposalStatus status, String returnReason, String unitCode, String assignee, LocalDateTime dueAt,
            boolean returned, DueState dueState, String taskName, TaskSubject subject) {
        this.taskId = taskId;
        this.taskName = taskName;
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
        this.unitCode = unitCode;
        this.assignee = assignee;
        this.dueAt = dueAt;
        this.returned = returned;
        this.dueState = dueState;
        this.subject = subject;
    }

    /** What the task is about, as recorded when it opened. */
    public TaskSubject getSubject() {
        return subject;
    }

    /** True for a bloc review's task (the head's consolidation or ballot): no dossier, its page is the review's. */
    public boolean isBlocReview() {
        return subject.isBlocReview();
    }

    /** The bloc review a bloc review's task is about; null for a proposal's task. */
    public Long getBlocReviewId() {
        return subject.isBlocReview() ? subject.id() : null;
    }

    /** The steps several of which a user may approve at once, each without further input. */
    public boolean isBulkApprovable() {
        return ProcessKeys.TASK_UNIT_HEAD_REVIEW.equals(taskKey) || ProcessKeys.TASK_RECEPTION.equals(taskKey)
                || ProcessKeys.TASK_RECEPTION_AFTER_SUPPLEMENT.equals(taskKey);
    }

    /** True for the clerk's steps that are done on the dossier form rather than on a task page. */
    public boolean isDossierEdit() {
        return ProcessKeys.TASK_REVISE_PROPOSAL.equals(taskKey) || ProcessKeys.TASK_SUPPLEMENT.equals(taskKey);
    }

    /** The proposing unit's code. */
    public String getUnitCode() {
        return unitCode;
    }

    /** Who holds the task, or null while it is offered to its group. */
    public String getAssignee() {
        return assignee;
    }

    public boolean isClaimed() {
        return assignee != null;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    /** The task handles a returned dossier: its revision or supplement, or the second look after it. */
    public boolean isReturned() {
        return returned;
    }

    public DueState getDueState() {
        return dueState;
    }

    public boolean isOverdue() {
        return dueState == DueState.OVERDUE;
    }

    public boolean isDueSoon() {
        return dueState == DueState.DUE_SOON;
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

    /** The step's name in its diagram (for steps an administrator added, which have no label of their own). */
    public String getTaskName() {
        return taskName;
    }
}
