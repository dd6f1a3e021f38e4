package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.engine.CandidateGroups;
import vn.tdkt.workflow.engine.ProcessKeys;

/**
 * Opens a task by id for its page, whatever its step: only a task offered to the actor (their own or their
 * groups') is found; any other id — completed, another unit's, invented — is the same "already handled" answer.
 */
@Stateless
public class OpenTasks {

    @Inject
    TaskService tasks;

    public OpenTask find(Actor actor, String taskId) {
        Task task = taskId == null || taskId.isBlank() ? null
                : CandidateGroups.openTasksOf(tasks, actor).taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new DomainException("task.error.alreadyHandled", "");
        }
        Object proposalId = tasks.getVariable(task.getId(), ProcessKeys.VAR_PROPOSAL_ID);
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                ((Number) proposalId).longValue(), local(task.getCreateTime()), local(task.getDueDate()),
                task.getAssignee(), task.getFormKey());
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), BusinessClock.ZONE);
    }
}
