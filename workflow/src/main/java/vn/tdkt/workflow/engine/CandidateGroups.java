package vn.tdkt.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.tdkt.domain.organisation.Actor;

/**
 * Candidate groups are a role within a unit, written {@code ROLE@UNITCODE} (e.g. {@code UNIT_LEADER@VKSND}),
 * so that a task is offered only to that unit's holders of the role: unit isolation is in the task query itself.
 */
public final class CandidateGroups {

    private CandidateGroups() {
    }

    public static List<String> of(Actor actor) {
        return actor.roles().stream().map(role -> role.name() + "@" + actor.unitCode()).sorted().toList();
    }

    /** The open proposal tasks offered to the actor: assigned to them or to one of their groups. */
    public static TaskQuery openTasksOf(TaskService tasks, Actor actor) {
        return tasks.createTaskQuery()
                .processDefinitionKey(ProcessKeys.COMMENDATION_PROPOSAL)
                .active()
                .or()
                .taskAssignee(actor.username())
                .taskCandidateGroupIn(of(actor))
                .endOr();
    }
}
