package vn.tdkt.workflow.decision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.workflow.board.Decisions;
import vn.tdkt.workflow.engine.CandidateGroups;
import vn.tdkt.workflow.engine.ProcessKeys;

/**
 * The dossiers waiting at a decision step for the actor — the approver's at the board, a unit head's at the unit —
 * oldest first, for a decision over several of them. At most {@link Decisions#MAX_DOSSIERS}.
 */
@Stateless
public class WaitingDossiers {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    /** A dossier at its decision step, with the task that decides it. */
    public record WaitingDossier(String taskId, long proposalId, String number, String unitName, boolean atUnit,
            boolean stateLevel, List<WaitingNominee> nominees) implements Serializable {
    }

    /** A nominee of a waiting dossier. */
    public record WaitingNominee(long id, String name, String detail, String titleName,
            NomineeKind kind) implements Serializable {
    }

    public List<WaitingDossier> of(Actor actor, Locale locale) {
        List<Task> open = CandidateGroups.openTasksOf(tasks, actor)
                .taskDefinitionKeyIn(ProcessKeys.TASK_DECISION, ProcessKeys.TASK_UNIT_DECISION)
                .orderByTaskCreateTime().asc().listPage(0, Decisions.MAX_DOSSIERS);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Long> proposalByInstance = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .variableScopeIdIn(open.stream().map(Task::getProcessInstanceId).toArray(String[]::new))
                .variableName(ProcessKeys.VAR_PROPOSAL_ID).list()) {
            if (variable.getValue() instanceof Number id) {
                proposalByInstance.put(variable.getProcessInstanceId(), id.longValue());
            }
        }
        Map<Long, Proposal> proposals = new HashMap<>();
        if (!proposalByInstance.isEmpty()) {
            em.createQuery("SELECT p FROM Proposal p WHERE p.id IN :ids", Proposal.class)
                    .setParameter("ids", List.copyOf(proposalByInstance.values())).getResultList()
                    .forEach(p -> proposals.put(p.getId(), p));
        }
        return open.stream().filter(task -> proposals.containsKey(proposalByInstance.get(task
                .getProcessInstanceId()))).map(task -> {
                    Proposal p = proposals.get(proposalByInstance.get(task.getProcessInstanceId()));
                    return new WaitingDossier(task.getId(), p.getId(), p.getNumber(), p.getUnit().getName(),
                            ProcessKeys.TASK_UNIT_DECISION.equals(task.getTaskDefinitionKey()), p.stateLevel(),
                            p.getNominees().stream().map(n -> new WaitingNominee(n.getId(), n.getName(),
                                    n.getDetails(), n.getTitle().name(locale), n.getKind())).toList());
                }).toList();
    }
}
