package vn.tdkt.workflow.design;

import java.io.Serializable;
import java.util.List;

/** What came of a deploy: the deployment and its definitions, or the problems that kept it out of the engine. */
public final class DeployOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String deploymentId;
    private final List<String> definitionIds;
    private final List<DiagramProblem> problems;

    private DeployOutcome(String deploymentId, List<String> definitionIds, List<DiagramProblem> problems) {
        this.deploymentId = deploymentId;
        this.definitionIds = definitionIds;
        this.problems = problems;
    }

    static DeployOutcome deployed(String deploymentId, List<String> definitionIds) {
        return new DeployOutcome(deploymentId, List.copyOf(definitionIds), List.of());
    }

    static DeployOutcome refused(List<DiagramProblem> problems) {
        return new DeployOutcome(null, List.of(), List.copyOf(problems));
    }

    public boolean isDeployed() {
        return deploymentId != null;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public List<String> getDefinitionIds() {
        return definitionIds;
    }

    public List<DiagramProblem> getProblems() {
        return problems;
    }
}
