package vn.tdkt.workflow.design;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One deployed version of a process: who deployed it, when, why, and how many instances still run on it. */
public final class ProcessVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String definitionId;
    private final String processKey;
    private final String name;
    private final int version;
    private final LocalDateTime deployedAt;
    private final String deployedBy;
    private final String note;
    private final long runningInstances;
    private final boolean latest;

    public ProcessVersion(String definitionId, String processKey, String name, int version, LocalDateTime deployedAt,
            String deployedBy, String note, long runningInstances, boolean latest) {
        this.definitionId = definitionId;
        this.processKey = processKey;
        this.name = name;
        this.version = version;
        this.deployedAt = deployedAt;
        this.deployedBy = deployedBy;
        this.note = note;
        this.runningInstances = runningInstances;
        this.latest = latest;
    }

    public String getDefinitionId() {
        return definitionId;
    }

    public String getProcessKey() {
        return processKey;
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }

    public LocalDateTime getDeployedAt() {
        return deployedAt;
    }

    /** The administrator, or null for a version the application deployed at start-up. */
    public String getDeployedBy() {
        return deployedBy;
    }

    public String getNote() {
        return note;
    }

    public long getRunningInstances() {
        return runningInstances;
    }

    /** New proposals start on the latest version of their process. */
    public boolean isLatest() {
        return latest;
    }
}
