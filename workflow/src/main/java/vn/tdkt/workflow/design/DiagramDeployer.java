package vn.tdkt.workflow.design;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Deploys a diagram as a new version, only after {@link DiagramValidator} found nothing: a refused diagram never
 * reaches the engine. The engine's own parser then has the last word; its refusal is reported like ours.
 */
public final class DiagramDeployer {

    /** Deployment name of the designer's versions (the application's start-up deploys under its own name). */
    public static final String DEPLOYMENT_NAME = "tdkt-designer";

    private final RepositoryService repository;

    public DiagramDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    /** The outcome: the new version's definitions, or the problems and nothing deployed. */
    public DeployOutcome deploy(byte[] xml, Set<String> unitCodes) {
        List<DiagramProblem> problems = DiagramValidator.check(xml, unitCodes);
        if (!problems.isEmpty()) {
            return DeployOutcome.refused(problems);
        }
        String processKey = DiagramValidator.processKeys(xml).get(0);
        Deployment deployment;
        try {
            deployment = repository.createDeployment()
                    .name(DEPLOYMENT_NAME)
                    .source("designer")
                    .addInputStream(processKey + ".bpmn", new ByteArrayInputStream(xml))
                    .deploy();
        } catch (ProcessEngineException e) {
            return DeployOutcome.refused(List.of(new DiagramProblem(null, "designer.error.engine",
                    abbreviate(String.valueOf(e.getMessage())))));
        }
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
                .deploymentId(deployment.getId()).list();
        ProcessDefinition first = definitions.stream().filter(d -> d.getKey().equals(processKey)).findFirst()
                .orElse(definitions.get(0));
        return DeployOutcome.deployed(deployment.getId(), definitions.stream().map(ProcessDefinition::getId).toList(),
                first.getName() == null ? first.getKey() : first.getName(), first.getVersion());
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }
}
