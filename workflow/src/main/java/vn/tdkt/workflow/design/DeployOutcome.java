package vn.tdkt.workflow.design;

import java.io.Serializable;
import java.util.List;

/** What came of a deploy: the deployment and its definitions, or the problems that kept it out of the engine. */
public final class DeployOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String deploymentId;
    private final List<String> definitionIds;
    private final List<DiagramProblem> problems;
    private final String processName;
    private final int version;

    private DeployOutcome(String deploymentId, List<String> definitionIds, List<DiagramProblem> problems,
            String processName, int version) {
        this.deploymentId = deploymentId;
        this.definitionIds = definitionIds;
        this.problems = problems;
        this.processName = processName;
        this.version = version;
    }

    static DeployOutcome deployed(String deploymentId, List<String> definitionIds, String processName, int version) {
        return new DeployOutcome(deploymentId, List.copyOf(definitionIds), List.of(), processName, version);
    }

    static DeployOutcome refused(List<DiagramProblem> problems) {
        return new DeployOutcome(null, List.of(), List.copyOf(problems), null, 0);
    }

    /** The deployed process's name (its first one, for a file with several). */
    public String getProcessName() {
        return processName;
    }

    /** The version number the deployment got; 0 when refused. */
    public int getVersion() {
        return version;
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
