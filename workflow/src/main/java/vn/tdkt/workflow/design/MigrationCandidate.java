package vn.tdkt.workflow.design;

import java.io.Serializable;
import java.util.List;

/**
 * One running instance of an old version, as the migration preview shows it: its dossier, where it stands, and
 * whether it can move to the new version (every step it is at exists there) or why not.
 */
public final class MigrationCandidate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String instanceId;
    private final String proposalNumber;
    private final List<String> currentSteps;
    private final List<String> missingSteps;

    public MigrationCandidate(String instanceId, String proposalNumber, List<String> currentSteps,
            List<String> missingSteps) {
        this.instanceId = instanceId;
        this.proposalNumber = proposalNumber;
        this.currentSteps = List.copyOf(currentSteps);
        this.missingSteps = List.copyOf(missingSteps);
    }

    public String getInstanceId() {
        return instanceId;
    }

    public String getProposalNumber() {
        return proposalNumber;
    }

    /** The names of the steps the instance is at now. */
    public List<String> getCurrentSteps() {
        return currentSteps;
    }

    /** The steps it is at that the new version does not have; empty when it can migrate. */
    public List<String> getMissingSteps() {
        return missingSteps;
    }

    /** The current steps as one line, for pages. */
    public String getCurrentStepsText() {
        return String.join(", ", currentSteps);
    }

    /** The missing steps as one line, for pages. */
    public String getMissingStepsText() {
        return String.join(", ", missingSteps);
    }

    public boolean isMigratable() {
        return missingSteps.isEmpty();
    }
}
