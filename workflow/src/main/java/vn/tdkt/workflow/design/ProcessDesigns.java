package vn.tdkt.workflow.design;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * The administrators' side of the processes (role {@code ADMIN} for every call): the deployed versions with their
 * running instances, the checks, deployment of a new version with its author and note, a version's file, and the
 * designer's draft of each process.
 */
@Stateless
public class ProcessDesigns {

    @PersistenceContext(unitName = "tdkt")
    EntityManager entityManager;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    /** Every version of every process, by process then newest first. */
    public List<ProcessVersion> versions(Actor admin) {
        admin.require(Role.ADMIN);
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
                .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc().list();
        Map<String, Object[]> notes = notes();
        Set<String> latestSeen = new HashSet<>();
        List<ProcessVersion> versions = new ArrayList<>();
        for (ProcessDefinition definition : definitions) {
            Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId())
                    .singleResult();
            Object[] note = notes.get(definition.getDeploymentId());
            LocalDateTime deployedAt = note != null ? ((Timestamp) note[1]).toLocalDateTime()
                    : deployment == null ? null : LocalDateTime.ofInstant(deployment.getDeploymentTime().toInstant(),
                            BusinessClock.ZONE);
            versions.add(new ProcessVersion(definition.getId(), definition.getKey(), definition.getName(),
                    definition.getVersion(), deployedAt, note == null ? null : (String) note[0],
                    note == null ? null : (String) note[2],
                    runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count(),
                    latestSeen.add(definition.getKey())));
        }
        return versions;
    }

    /**
     * Where a running instance stands: its version and the steps it is at now; empty when it no longer runs.
     */
    public Optional<InstancePosition> position(Actor admin, String instanceId) {
        admin.require(Role.ADMIN);
        ProcessInstance instance = instanceId == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        return Optional.of(new InstancePosition(instance.getProcessDefinitionId(),
                instance.getBusinessKey(), runtime.getActiveActivityIds(instance.getId())));
    }

    /** The problems that would keep this diagram out of the engine; none when it may deploy. */
    public List<DiagramProblem> check(Actor admin, byte[] xml) {
        admin.require(Role.ADMIN);
        return DiagramValidator.check(xml, unitCodes());
    }

    /**
     * Deploys the diagram as the next version of its process, if it passes every check; the author and note are
     * kept beside the engine's deployment. New proposals start on it; running ones stay on their version.
     */
    public DeployOutcome deploy(Actor admin, byte[] xml, String note) {
        admin.require(Role.ADMIN);
        DeployOutcome outcome = new DiagramDeployer(repository).deploy(xml, unitCodes());
        if (outcome.isDeployed()) {
            String processKey = DiagramValidator.processKeys(xml).get(0);
            entityManager.createNativeQuery("INSERT INTO process_deployment_note (deployment_id, process_key,"
                    + " deployed_by, deployed_at, note) VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, outcome.getDeploymentId()).setParameter(2, processKey)
                    .setParameter(3, admin.username()).setParameter(4, Timestamp.valueOf(BusinessClock.now()))
                    .setParameter(5, note == null || note.isBlank() ? null : note.strip()).executeUpdate();
            entityManager.createNativeQuery("DELETE FROM process_draft WHERE process_key = ?")
                    .setParameter(1, processKey).executeUpdate();
        }
        return outcome;
    }

    /** The file of a deployed version, as deployed. */
    public byte[] xml(Actor admin, String definitionId) {
        admin.require(Role.ADMIN);
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
                .singleResult();
        if (definition == null) {
            throw new DomainException("designer.error.noVersion", definitionId);
        }
        try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(),
                definition.getResourceName())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the designer's work on a process without deploying it (unfinished diagrams are fine). */
    public void saveDraft(Actor admin, String processKey, String basedOn, byte[] xml) {
        admin.require(Role.ADMIN);
        if (xml == null || xml.length > DiagramValidator.MAX_BYTES) {
            throw new DomainException("designer.error.tooLarge", String.valueOf(xml == null ? 0 : xml.length / 1024),
                    String.valueOf(DiagramValidator.MAX_BYTES / 1024));
        }
        entityManager.createNativeQuery("INSERT INTO process_draft (process_key, xml, based_on, saved_by, saved_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (process_key) DO UPDATE SET xml = excluded.xml,"
                + " based_on = excluded.based_on, saved_by = excluded.saved_by, saved_at = excluded.saved_at")
                .setParameter(1, processKey).setParameter(2, new String(xml, StandardCharsets.UTF_8))
                .setParameter(3, basedOn).setParameter(4, admin.username())
                .setParameter(5, Timestamp.valueOf(BusinessClock.now())).executeUpdate();
    }

    /** The saved draft of a process, if any. */
    public Optional<String> draft(Actor admin, String processKey) {
        admin.require(Role.ADMIN);
        List<?> rows = entityManager.createNativeQuery("SELECT xml FROM process_draft WHERE process_key = ?")
                .setParameter(1, processKey).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    /** The units a candidate group may name, code to name, by name. */
    public Map<String, String> units(Actor admin) {
        admin.require(Role.ADMIN);
        Map<String, String> units = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery("SELECT code, name FROM org_unit ORDER BY name")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            units.put((String) columns[0], (String) columns[1]);
        }
        return units;
    }

    private Set<String> unitCodes() {
        List<?> codes = entityManager.createNativeQuery("SELECT code FROM org_unit").getResultList();
        Set<String> units = new HashSet<>();
        codes.forEach(code -> units.add((String) code));
        return units;
    }

    private Map<String, Object[]> notes() {
        Map<String, Object[]> notes = new HashMap<>();
        for (Object row : entityManager.createNativeQuery(
                "SELECT deployment_id, deployed_by, deployed_at, note FROM process_deployment_note").getResultList()) {
            Object[] columns = (Object[]) row;
            notes.put((String) columns[0], new Object[] {columns[1], columns[2], columns[3]});
        }
        return notes;
    }
}
