package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
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

    @Inject
    RuntimeService runtime;

    public OpenTask find(Actor actor, String taskId) {
        Task task = taskId == null || taskId.isBlank() ? null
                : CandidateGroups.openTasksOf(tasks, actor).taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new DomainException("task.error.alreadyHandled", "");
        }
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), proposalIdOf(task),
                local(task.getCreateTime()), local(task.getDueDate()), task.getAssignee(), task.getFormKey());
    }

    /**
     * The dossier's id by a plain variable query: {@code TaskService.getVariable} loads the task's execution into
     * the engine's entity cache, and when another person completes the same task at that moment the read command
     * flushes an UPDATE of that execution and fails with an optimistic-locking error that rolls back the whole
     * decision instead of answering "already handled". The variable is gone when that completion ended the
     * process meanwhile (and a bloc task carries none: it is no dossier's step).
     */
    private long proposalIdOf(Task task) {
        VariableInstance proposalId = runtime.createVariableInstanceQuery()
                .variableScopeIdIn(task.getProcessInstanceId()).variableName(ProcessKeys.VAR_PROPOSAL_ID)
                .singleResult();
        if (proposalId == null || !(proposalId.getValue() instanceof Number id)) {
            throw new DomainException("task.error.alreadyHandled", "");
        }
        return id.longValue();
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), BusinessClock.ZONE);
    }
}
