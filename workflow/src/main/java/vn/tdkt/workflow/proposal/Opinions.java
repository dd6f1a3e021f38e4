package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.design.DiagramCatalog;
import vn.tdkt.workflow.engine.CandidateGroups;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;

/**
 * The opinion steps administrators add to the procedure (form {@code tdkt:opinion}, e.g. the trade union's view):
 * the person asked agrees or not, with reasons, written into the dossier's history in the role the step was offered
 * to; the task completes with decision {@code AGREE} or {@code DISAGREE} for the diagram's gateways to use.
 */
@Stateless
public class Opinions {

    @Inject
    OpenTasks openTasks;

    @Inject
    TaskCompletion completion;

    @Inject
    TaskService tasks;

    public void give(Actor actor, String taskId, boolean agree, String comment) {
        OpenTask task = openTasks.find(actor, taskId);
        if (!DiagramCatalog.OPINION_FORM.equals(task.getFormKey())) {
            throw new DomainException("task.error.alreadyHandled", "");
        }
        Role role = roleOfferedTo(actor, taskId);
        Proposal proposal = completion.proposalOf(actor, taskId, task.getStep());
        proposal.recordOpinion(actor, role, agree, comment, BusinessClock.now());
        completion.complete(proposal, taskId, agree ? Decision.AGREE : Decision.DISAGREE, Map.of());
    }

    /** The actor's role among the task's candidate groups ({@code ROLE@UNIT}); the task was found through one. */
    private Role roleOfferedTo(Actor actor, String taskId) {
        Set<String> mine = Set.copyOf(CandidateGroups.of(actor));
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            String group = link.getGroupId();
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && group != null && mine.contains(group)) {
                return Role.valueOf(group.substring(0, group.indexOf('@')));
            }
        }
        return actor.roles().stream().findFirst()
                .orElseThrow(() -> new DomainException("task.error.alreadyHandled", ""));
    }
}
