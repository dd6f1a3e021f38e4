package vn.tdkt.domain.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A unit's proposal dossier (hồ sơ đề nghị) as the rules judge it: the proposing unit, the submission date, the
 * candidacies, the kinds of the files attached (names of {@code vn.tdkt.domain.proposal.AttachmentKind}), and,
 * when known, the movement it answers and the unit's quota figures for the year.
 *
 * @param movement null when the dossier answers no movement with a plan (regular emulation)
 * @param quota    null when the caller has no figures for the unit; the quota rule is then skipped
 */
public record Dossier(String unitName, LocalDate submissionDate, List<Candidacy> candidacies,
        Set<String> attachmentKinds, Movement movement, UnitQuota quota) {

    public Dossier {
        Objects.requireNonNull(unitName);
        Objects.requireNonNull(submissionDate);
        candidacies = List.copyOf(candidacies);
        attachmentKinds = Set.copyOf(attachmentKinds);
    }
}
