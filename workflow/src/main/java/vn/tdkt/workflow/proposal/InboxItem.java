package vn.tdkt.workflow.proposal;

import java.io.Serializable;
import java.time.LocalDateTime;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.workflow.engine.ProcessKeys;

/** One row of a user's inbox: an open task and the proposal it is about. */
public record InboxItem(String taskId, String taskKey, String taskName, long proposalId, String proposalNumber,
        String nomineeName, String titleNameVi, String titleNameEn, String unitName, LocalDateTime receivedAt,
        ProposalStatus status, String returnReason) implements Serializable {

    /** True for the unit head's review, false for the clerk's revision of a returned proposal. */
    public boolean review() {
        return ProcessKeys.TASK_UNIT_HEAD_REVIEW.equals(taskKey);
    }
}
