package vn.tdkt.workflow.engine;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;

/**
 * Candidate groups are a role within a unit, written {@code ROLE@UNITCODE} (e.g. {@code UNIT_LEADER@VKSND}),
 * so that a task is offered only to that unit's holders of the role: unit isolation is in the task query itself.
 */
public final class CandidateGroups {

    private CandidateGroups() {
    }

    /** A group read back: the role and the unit it is scoped to. */
    public record Group(Role role, String unitCode) {
    }

    /** The role and unit of a group id; empty for an id that is not {@code ROLE@UNITCODE} with a known role. */
    public static Optional<Group> parse(String groupId) {
        int at = groupId == null ? -1 : groupId.indexOf('@');
        if (at <= 0 || at == groupId.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Group(Role.valueOf(groupId.substring(0, at)), groupId.substring(at + 1)));
        } catch (IllegalArgumentException unknownRole) {
            return Optional.empty();
        }
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
