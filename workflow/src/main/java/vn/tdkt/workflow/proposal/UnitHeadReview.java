package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;

/** The unit head's decisions on a review task (thủ trưởng đơn vị): approve, return with a reason, or reject. */
@Stateless
public class UnitHeadReview {

    @Inject
    TaskCompletion tasks;

    @Inject
    Event<UnitHeadDecided> decided;

    /** Approves the proposal of the review task; a task someone else already completed is refused clearly. */
    public void approve(Actor leader, String taskId, String comment) {
        Proposal proposal = proposalOfReview(leader, taskId);
        proposal.approveAtUnit(leader, comment, BusinessClock.now());
        tasks.complete(proposal, taskId, Decision.APPROVE, Map.of());
        // The council's task announces itself to the secretary; the clerks are told of the approval directly.
        decided.fire(new UnitHeadDecided(proposal, Decision.APPROVE));
    }

    /**
     * Returns the proposal to the unit's clerks with a mandatory reason; the revision task this opens tells them
     * (the notifier), so no event is fired.
     */
    public void returnToClerk(Actor leader, String taskId, String reason) {
        Proposal proposal = proposalOfReview(leader, taskId);
        proposal.returnToClerk(leader, reason, BusinessClock.now());
        tasks.complete(proposal, taskId, Decision.RETURN, Map.of());
    }

    /** Declines to propose the dossier at all, with a mandatory reason; the process ends. */
    public void reject(Actor leader, String taskId, String reason) {
        Proposal proposal = proposalOfReview(leader, taskId);
        proposal.rejectAtUnit(leader, reason, BusinessClock.now());
        tasks.complete(proposal, taskId, Decision.REJECT, Map.of());
        decided.fire(new UnitHeadDecided(proposal, Decision.REJECT));
    }

    private Proposal proposalOfReview(Actor leader, String taskId) {
        leader.require(Role.UNIT_LEADER);
        return tasks.proposalOf(leader, taskId, ProcessKeys.TASK_UNIT_HEAD_REVIEW);
    }
}
