package vn.tdkt.workflow.design;

import java.io.Serializable;
import java.util.List;

/** Where a running instance stands: on which version, for which dossier, at which steps (activity ids). */
public final class InstancePosition implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String definitionId;
    private final String proposalNumber;
    private final List<String> activityIds;

    public InstancePosition(String definitionId, String proposalNumber, List<String> activityIds) {
        this.definitionId = definitionId;
        this.proposalNumber = proposalNumber;
        this.activityIds = List.copyOf(activityIds);
    }

    public String getDefinitionId() {
        return definitionId;
    }

    public String getProposalNumber() {
        return proposalNumber;
    }

    public List<String> getActivityIds() {
        return activityIds;
    }
}
