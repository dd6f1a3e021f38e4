package vn.tdkt.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;

/**
 * Opening a task for a decision and completing it: the task must be the actor's and of the expected step; the
 * dossier's change and the task's completion commit together, and a task someone else completed meanwhile
 * becomes the clear "already handled" message.
 */
@ApplicationScoped
public class TaskCompletion {

    @Inject
    OpenTasks openTasks;

    @Inject
    ProposalRepository proposals;

    @Inject
    TaskService tasks;

    /**
     * The dossier behind the actor's open task of one of those steps (a decision is signed at the unit or at the
     * board; a reception comes first or after a supplement); its history lines will name the step.
     */
    public Proposal proposalOf(Actor actor, String taskId, String... taskKeys) {
        // One lookup, then the step is compared: a failed lookup inside this transaction would mark it for rollback.
        OpenTask task = openTasks.find(actor, taskId);
        if (!List.of(taskKeys).contains(task.getStep())) {
            throw new DomainException("task.error.alreadyHandled", "");
        }
        Proposal proposal = proposals.visible(actor, task.getProposalId());
        proposal.actingOnTask(task.getStep());
        return proposal;
    }

    /**
     * The dossiers behind several of the actor's tasks (each of one of those steps), for one act over all of them
     * (a decision, a tờ trình): the same task twice counts once, at most {@code most} tasks; the dossiers are then
     * locked in id order (so that two such acts never wait on each other) and read again, so that one handled
     * meanwhile by someone else is refused as "already handled" before anything is written.
     */
    public List<Proposal> lockedProposalsOf(Actor actor, List<String> taskIds, int most, String... taskKeys) {
        if (taskIds.isEmpty()) {
            throw DomainException.invalid("dossiers", "decision.error.noDossier");
        }
        if (taskIds.size() > most) {
            throw DomainException.invalid("dossiers", "decision.error.tooManyDossiers", most);
        }
        List<Proposal> dossiers = new ArrayList<>();
        for (String taskId : taskIds) {
            dossiers.add(proposalOf(actor, taskId, taskKeys));
        }
        proposals.lockInIdOrder(dossiers);
        return dossiers;
    }

    /** Writes the dossier's change, then completes the task with the decision and further variables. */
    public void complete(Proposal proposal, String taskId, Decision decision, Map<String, Object> variables) {
        Transitions.guarded("task.error.alreadyHandled", proposal.getNumber(), proposals::flush);
        Map<String, Object> all = new HashMap<>(variables);
        all.put(ProcessKeys.VAR_DECISION, decision.name());
        try {
            tasks.complete(taskId, all);
        } catch (OptimisticLockingException | NotFoundException completedMeanwhile) {
            throw new DomainException("task.error.alreadyHandled", proposal.getNumber());
        }
    }
}
