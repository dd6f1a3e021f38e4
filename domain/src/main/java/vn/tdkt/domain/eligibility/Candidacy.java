package vn.tdkt.domain.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * What the rules judge: a person proposed for a title (đề nghị xét tặng) for the achievements of a year, with the
 * person's award history from the register, whether a discipline measure is in force (đang bị kỷ luật) and the
 * initiatives the person cites for this proposal. The title's display name is carried for the messages.
 */
public record Candidacy(String nomineeName, String proposedTitleCode, String proposedTitleName, int achievementYear,
        List<AwardEntry> awards, boolean underDiscipline, List<CitedInitiative> initiatives) {

    public Candidacy {
        Objects.requireNonNull(nomineeName);
        Objects.requireNonNull(proposedTitleCode);
        Objects.requireNonNull(proposedTitleName);
        awards = List.copyOf(awards);
        initiatives = List.copyOf(initiatives);
    }

    /** A candidacy that cites no initiative; the title's code stands in for its name. */
    public Candidacy(String nomineeName, String proposedTitleCode, int achievementYear, List<AwardEntry> awards,
            boolean underDiscipline) {
        this(nomineeName, proposedTitleCode, proposedTitleCode, achievementYear, awards, underDiscipline, List.of());
    }
}
