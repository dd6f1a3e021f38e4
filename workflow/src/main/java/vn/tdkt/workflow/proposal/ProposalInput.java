package vn.tdkt.workflow.proposal;

import java.util.List;
import vn.tdkt.domain.catalog.CommendationType;

/** What the clerk's form sends for a dossier: the year, type and movement, and the nominees in order. */
public record ProposalInput(Integer achievementYear, CommendationType commendationType, Long movementId,
        List<NomineeInput> nominees) {

    public ProposalInput {
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
    }

    /** A merit dossier with one nominee and no movement: the most common case. */
    public static ProposalInput single(int achievementYear, NomineeInput nominee) {
        return new ProposalInput(achievementYear, CommendationType.MERIT, null, List.of(nominee));
    }
}
