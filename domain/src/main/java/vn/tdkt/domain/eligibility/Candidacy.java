package vn.tdkt.domain.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * What the rules judge: a nominee proposed for a title (đề nghị xét tặng) for the achievements of a year, with the
 * nominee's award history from the register, whether a discipline measure is in force (đang bị kỷ luật) and the
 * initiatives cited for this proposal. The title's display name is carried for the messages. {@code individual}
 * is false for a collective, household or initiative: the law's conditions on a person's own record (consecutive
 * titles, initiatives of one's own) do not apply to them.
 */
public record Candidacy(String nomineeName, String proposedTitleCode, String proposedTitleName, int achievementYear,
        List<AwardEntry> awards, boolean underDiscipline, List<CitedInitiative> initiatives, boolean individual) {

    public Candidacy {
        Objects.requireNonNull(nomineeName);
        Objects.requireNonNull(proposedTitleCode);
        Objects.requireNonNull(proposedTitleName);
        awards = List.copyOf(awards);
        initiatives = List.copyOf(initiatives);
    }

    /**
     * Whether this is a person proposed for the title: the conditions on a person's own record (consecutive
     * titles, own initiatives) apply only then; collectives have conditions of their own (Law 2022, art. 27, 75).
     */
    public boolean personProposedFor(String titleCode) {
        return individual && proposedTitleCode.equals(titleCode);
    }

    /** A person's candidacy. */
    public Candidacy(String nomineeName, String proposedTitleCode, String proposedTitleName, int achievementYear,
            List<AwardEntry> awards, boolean underDiscipline, List<CitedInitiative> initiatives) {
        this(nomineeName, proposedTitleCode, proposedTitleName, achievementYear, awards, underDiscipline,
                initiatives, true);
    }

    /** A person's candidacy that cites no initiative; the title's code stands in for its name. */
    public Candidacy(String nomineeName, String proposedTitleCode, int achievementYear, List<AwardEntry> awards,
            boolean underDiscipline) {
        this(nomineeName, proposedTitleCode, proposedTitleCode, achievementYear, awards, underDiscipline, List.of());
    }
}
