package vn.tdkt.workflow.design;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * Moves running instances from an old version of a process to a newer one with the engine's migration API (role
 * {@code ADMIN}): a preview says which instances can move (every step they are at exists, with the same id, in the
 * new version) and why the others cannot; a migration moves the chosen ones all together or none, and is recorded
 * in {@code process_migration}. Instances not moved keep running on their version.
 */
@Stateless
public class InstanceMigrations {

    @PersistenceContext(unitName = "tdkt")
    EntityManager entityManager;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    /** The running instances of {@code sourceId}, each with whether it can move to {@code targetId}. */
    public List<MigrationCandidate> preview(Actor admin, String sourceId, String targetId) {
        admin.require(Role.ADMIN);
        MigrationPlan plan = plan(sourceId, targetId);
        Set<String> mapped = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                .collect(Collectors.toSet());
        BpmnModelInstance source = repository.getBpmnModelInstance(sourceId);
        List<MigrationCandidate> candidates = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(sourceId)
                .orderByBusinessKey().asc().list()) {
            List<String> active = runtime.getActiveActivityIds(instance.getId());
            candidates.add(new MigrationCandidate(instance.getId(), instance.getBusinessKey(),
                    active.stream().map(id -> nameOf(source, id)).toList(),
                    active.stream().filter(id -> !mapped.contains(id)).map(id -> nameOf(source, id)).toList()));
        }
        return candidates;
    }

    /**
     * Moves these instances of {@code sourceId} to {@code targetId}, all or none; answers how many moved.
     *
     * @throws DomainException if one of them cannot move (the preview says why) or the engine refuses
     */
    public int migrate(Actor admin, String sourceId, String targetId, Collection<String> instanceIds) {
        admin.require(Role.ADMIN);
        if (instanceIds == null || instanceIds.isEmpty()) {
            throw new DomainException("designer.migration.noneChosen");
        }
        List<MigrationCandidate> chosen = preview(admin, sourceId, targetId).stream()
                .filter(c -> instanceIds.contains(c.getInstanceId())).toList();
        if (chosen.size() != Set.copyOf(instanceIds).size()) {
            throw new DomainException("designer.migration.notRunning");
        }
        for (MigrationCandidate candidate : chosen) {
            if (!candidate.isMigratable()) {
                throw new DomainException("designer.migration.cannotMove", candidate.getProposalNumber(),
                        String.join(", ", candidate.getMissingSteps()));
            }
        }
        try {
            runtime.newMigration(plan(sourceId, targetId)).processInstanceIds(List.copyOf(instanceIds)).execute();
        } catch (ProcessEngineException e) {
            throw new DomainException("designer.migration.refused", String.valueOf(e.getMessage()));
        }
        entityManager.createNativeQuery("INSERT INTO process_migration (source_definition_id, target_definition_id,"
                + " instance_count, business_keys, migrated_by, migrated_at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, sourceId).setParameter(2, targetId).setParameter(3, chosen.size())
                .setParameter(4, chosen.stream().map(MigrationCandidate::getProposalNumber)
                        .collect(Collectors.joining(", ")))
                .setParameter(5, admin.username()).setParameter(6, Timestamp.valueOf(BusinessClock.now()))
                .executeUpdate();
        return chosen.size();
    }

    /** Same-id steps mapped to each other; only between two versions of the same process. */
    private MigrationPlan plan(String sourceId, String targetId) {
        ProcessDefinition source = definition(sourceId);
        ProcessDefinition target = definition(targetId);
        if (!source.getKey().equals(target.getKey()) || source.getId().equals(target.getId())) {
            throw new DomainException("designer.migration.sameProcess");
        }
        try {
            return runtime.createMigrationPlan(sourceId, targetId).mapEqualActivities().build();
        } catch (ProcessEngineException e) {
            throw new DomainException("designer.migration.refused", String.valueOf(e.getMessage()));
        }
    }

    private ProcessDefinition definition(String id) {
        ProcessDefinition definition = id == null ? null
                : repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (definition == null) {
            throw new DomainException("designer.error.noVersion", String.valueOf(id));
        }
        return definition;
    }

    private static String nameOf(BpmnModelInstance model, String activityId) {
        ModelElementInstance element = model.getModelElementById(activityId);
        String name = element == null ? null : element.getAttributeValue("name");
        return name == null || name.isBlank() ? activityId : name;
    }
}
