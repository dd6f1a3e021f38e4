package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.engine.CandidateGroups;
import vn.tdkt.workflow.engine.ProcessKeys;

/** A user's inbox (hộp công việc): the open tasks offered to them, each with its proposal. */
@Stateless
public class Inbox {

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    ProposalRepository proposals;

    /** The actor's open tasks, newest first. */
    public List<InboxItem> of(Actor actor) {
        List<Task> open = visibleTo(actor).orderByTaskCreateTime().desc().list();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, String> numberByInstance = runtime.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, Proposal> byNumber = proposals.withNumbers(numberByInstance.values()).stream()
                .collect(Collectors.toMap(Proposal::getNumber, Function.identity()));
        return open.stream()
                .filter(task -> byNumber.containsKey(numberByInstance.get(task.getProcessInstanceId())))
                .map(task -> item(task, byNumber.get(numberByInstance.get(task.getProcessInstanceId()))))
                .toList();
    }

    /**
     * The open task with that id if it is offered to the actor and is of the expected kind. A completed task,
     * another unit's task and an invented id all answer "already handled or no longer yours".
     */
    public InboxItem openTask(Actor actor, String taskId, String expectedTaskKey) {
        Task task = taskId == null || taskId.isBlank() ? null
                : visibleTo(actor).taskId(taskId).taskDefinitionKey(expectedTaskKey).singleResult();
        if (task == null) {
            throw new DomainException("task.error.alreadyHandled", "");
        }
        Object proposalId = tasks.getVariable(task.getId(), ProcessKeys.VAR_PROPOSAL_ID);
        Proposal proposal = proposals.visible(actor, ((Number) proposalId).longValue());
        return item(task, proposal);
    }

    private TaskQuery visibleTo(Actor actor) {
        return CandidateGroups.openTasksOf(tasks, actor);
    }

    private static InboxItem item(Task task, Proposal proposal) {
        LocalDateTime received = LocalDateTime.ofInstant(task.getCreateTime().toInstant(), BusinessClock.ZONE);
        return new InboxItem(task.getId(), task.getTaskDefinitionKey(), proposal.getId(),
                proposal.getNumber(), proposal.getLeadNominee().getName(), proposal.getNominees().size() - 1,
                titles(proposal, java.util.Locale.forLanguageTag("vi")), titles(proposal, java.util.Locale.ENGLISH),
                proposal.getUnit().getName(), received, proposal.getStatus(), proposal.getReturnReason());
    }

    private static String titles(Proposal proposal, java.util.Locale locale) {
        return proposal.getTitles().stream().map(t -> t.name(locale))
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
