package vn.tdkt.domain.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * What the rules judge: a person proposed for a title for the achievements of a year, with the person's award
 * history from the register and whether a discipline measure is in force (đang bị kỷ luật).
 */
public record Candidacy(String nomineeName, String proposedTitleCode, int achievementYear, List<AwardEntry> awards,
        boolean underDiscipline) {

    public Candidacy {
        Objects.requireNonNull(nomineeName);
        Objects.requireNonNull(proposedTitleCode);
        awards = List.copyOf(awards);
    }
}
