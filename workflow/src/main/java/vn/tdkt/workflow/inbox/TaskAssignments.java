package vn.tdkt.workflow.inbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.engine.CandidateGroups;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * Who holds a task (nhận xử lý, trả lại nhóm, giao cho đồng nghiệp): claim a task offered to one's group, give a
 * held task back to the group, or hand it to a colleague who holds the task's role in the same unit. A task a
 * colleague took meanwhile is refused with a clear message, whichever of two concurrent claims commits first.
 */
@Stateless
public class TaskAssignments {

    @Inject
    Inbox inbox;

    @Inject
    TaskService tasks;

    @Inject
    UserDirectory users;

    /** Takes a task offered to the actor's group; claiming one's own task again changes nothing. */
    public void claim(Actor actor, String taskId) {
        InboxItem task = mine(actor, taskId);
        if (actor.username().equals(task.getAssignee())) {
            return;
        }
        assign(task, () -> tasks.claim(taskId, actor.username()));
    }

    /** Gives a task the actor holds back to its group. */
    public void unclaim(Actor actor, String taskId) {
        InboxItem task = mine(actor, taskId);
        if (!actor.username().equals(task.getAssignee())) {
            throw new DomainException("inbox.error.notHeld", task.getProposalNumber());
        }
        assign(task, () -> tasks.setAssignee(taskId, null));
    }

    /** Hands the task to a colleague: an enabled user holding one of the task's candidate roles in that unit. */
    public void delegate(Actor actor, String taskId, String username) {
        InboxItem task = mine(actor, taskId);
        String target = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        boolean eligible = !target.equals(actor.username())
                && eligibleUsers(taskId).stream().anyMatch(user -> user.getUsername().equals(target));
        if (!eligible) {
            throw DomainException.invalid("delegate", "inbox.error.delegateNotEligible", target,
                    task.getProposalNumber());
        }
        assign(task, () -> tasks.setAssignee(taskId, target));
    }

    /** The colleagues the actor may hand the task to, by username. */
    public List<UserAccount> delegateTargets(Actor actor, String taskId) {
        mine(actor, taskId);
        return eligibleUsers(taskId).stream().filter(user -> !user.getUsername().equals(actor.username())).toList();
    }

    private List<UserAccount> eligibleUsers(String taskId) {
        Map<String, UserAccount> eligible = new LinkedHashMap<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                CandidateGroups.parse(link.getGroupId()).ifPresent(group -> users.holders(group.role(),
                        group.unitCode()).forEach(user -> eligible.putIfAbsent(user.getUsername(), user)));
            }
        }
        return new ArrayList<>(eligible.values());
    }

    /** The open task if it is the actor's to act on; otherwise who took it, or "already handled". */
    private InboxItem mine(Actor actor, String taskId) {
        return inbox.find(actor, taskId).orElseThrow(() -> inbox.holderOf(actor, taskId)
                .map(holder -> new DomainException("inbox.error.claimedByOther", holder))
                .orElseGet(() -> new DomainException("task.error.alreadyHandled", "")));
    }

    private static void assign(InboxItem task, Runnable change) {
        try {
            change.run();
        } catch (TaskAlreadyClaimedException | OptimisticLockingException claimedMeanwhile) {
            throw new DomainException("inbox.error.claimedMeanwhile", task.getProposalNumber());
        } catch (NullValueException completedMeanwhile) {
            throw new DomainException("task.error.alreadyHandled", task.getProposalNumber());
        }
    }
}
