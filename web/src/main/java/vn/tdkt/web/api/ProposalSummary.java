package vn.tdkt.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.tdkt.domain.proposal.Proposal;

/** One line of the list of proposals (danh sách hồ sơ): enough to find a dossier and see where it stands. */
@JsonbPropertyOrder({"id", "number", "status", "achievementYear", "unit", "nominees", "leadNominee", "titles",
    "createdAt", "submittedAt"})
public record ProposalSummary(long id, String number, String status, int achievementYear, CodeName unit,
        int nominees, String leadNominee, List<CodeName> titles, OffsetDateTime createdAt,
        OffsetDateTime submittedAt) {

    static ProposalSummary of(Proposal p, Locale language) {
        return new ProposalSummary(p.getId(), p.getNumber(), p.getStatus().name(), p.getAchievementYear(),
                CodeName.of(p.getUnit()), p.getNominees().size(), p.getLeadNominee().getName(),
                p.getTitles().stream().map(t -> CodeName.of(t, language)).toList(), ApiTimes.of(p.getCreatedAt()),
                ApiTimes.of(p.getSubmittedAt()));
    }
}
