package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.TaskService;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;
import vn.tdkt.workflow.notification.Notifier;

/** The unit head's decisions on a review task (thủ trưởng đơn vị): approve, or return with a reason. */
@Stateless
public class UnitHeadReview {

    @Inject
    Inbox inbox;

    @Inject
    ProposalRepository proposals;

    @Inject
    TaskService tasks;

    @Inject
    Notifier notifier;

    /** Approves the proposal of the review task; a task someone else already completed is refused clearly. */
    public void approve(Actor leader, String taskId, String comment) {
        Proposal proposal = proposalOfReview(leader, taskId);
        proposal.approveAtUnit(leader, comment, BusinessClock.now());
        complete(proposal, taskId, Decision.APPROVE);
        // The process ends here, so no task announces the approval: the clerks are told directly.
        notifier.approved(proposal);
    }

    /**
     * Returns the proposal to the unit's clerks with a mandatory reason; the revision task this opens tells them
     * (Notifier).
     */
    public void returnToClerk(Actor leader, String taskId, String reason) {
        Proposal proposal = proposalOfReview(leader, taskId);
        proposal.returnToClerk(leader, reason, BusinessClock.now());
        complete(proposal, taskId, Decision.RETURN);
    }

    private Proposal proposalOfReview(Actor leader, String taskId) {
        leader.require(Role.UNIT_LEADER);
        InboxItem task = inbox.openTask(leader, taskId, ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        return proposals.visible(leader, task.getProposalId());
    }

    private void complete(Proposal proposal, String taskId, Decision decision) {
        Transitions.guarded("task.error.alreadyHandled", proposal.getNumber(), proposals::flush);
        try {
            tasks.complete(taskId, Map.of(ProcessKeys.VAR_DECISION, decision.name()));
        } catch (OptimisticLockingException | NotFoundException completedMeanwhile) {
            // Another session completed the task between our read and this write.
            throw new DomainException("task.error.alreadyHandled", proposal.getNumber());
        }
    }
}
