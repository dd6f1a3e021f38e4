package vn.tdkt.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.tdkt.domain.proposal.Attachment;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.domain.proposal.ProposalNominee;

/**
 * A whole commendation dossier (hồ sơ đề nghị khen thưởng): header, nominees, the files' descriptions (never
 * their bytes) and the history of who did what.
 */
@JsonbPropertyOrder({"id", "number", "status", "achievementYear", "commendationType", "movement", "unit",
    "createdBy", "createdAt", "submittedAt", "returnReason", "nominees", "attachments", "history"})
public record ProposalDossier(long id, String number, String status, int achievementYear, String commendationType,
        CodeName movement, CodeName unit, String createdBy, OffsetDateTime createdAt, OffsetDateTime submittedAt,
        String returnReason, List<Nominee> nominees, List<File> attachments, List<Event> history) {

    /**
     * One nominee with the title proposed and the achievement report; the id is what a decision names when it
     * commends some or all of them.
     */
    @JsonbPropertyOrder({"id", "kind", "name", "details", "title", "achievementReport"})
    public record Nominee(long id, String kind, String name, String details, CodeName title,
            String achievementReport) {

        static Nominee of(ProposalNominee n, Locale language) {
            return new Nominee(n.getId(), n.getKind().name(), n.getName(), n.getDetails(),
                    CodeName.of(n.getTitle(), language),
                    n.getAchievementReport());
        }
    }

    /** An attached file as checked on upload: kind, name, detected type, size in bytes and SHA-256. */
    @JsonbPropertyOrder({"id", "kind", "fileName", "contentType", "size", "sha256"})
    public record File(long id, String kind, String fileName, String contentType, long size, String sha256) {

        static File of(Attachment a) {
            return new File(a.getId(), a.getKind().name(), a.getFileName(), a.getContentType(), a.getSize(),
                    a.getSha256());
        }
    }

    /** One line of the history (lịch sử xử lý). */
    @JsonbPropertyOrder({"when", "actor", "action", "comment"})
    public record Event(OffsetDateTime when, Actor actor, String action, String comment) {

        static Event of(ProposalEvent e) {
            return new Event(ApiTimes.of(e.getOccurredAt()), new Actor(e.getActorUsername(), e.getActorName()),
                    e.getAction().name(), e.getComment());
        }
    }

    /** Who acted, as recorded at the time. */
    @JsonbPropertyOrder({"username", "fullName"})
    public record Actor(String username, String fullName) {
    }

    static ProposalDossier of(Proposal p, Locale language) {
        return new ProposalDossier(p.getId(), p.getNumber(), p.getStatus().name(), p.getAchievementYear(),
                p.getCommendationType() == null ? null : p.getCommendationType().name(),
                p.getMovement() == null ? null : new CodeName(p.getMovement().getCode(), p.getMovement().getName()),
                CodeName.of(p.getUnit()), p.getCreatedBy(), ApiTimes.of(p.getCreatedAt()),
                ApiTimes.of(p.getSubmittedAt()), p.getReturnReason(),
                p.getNominees().stream().map(n -> Nominee.of(n, language)).toList(),
                p.getAttachments().stream().map(File::of).toList(),
                p.getHistory().stream().map(Event::of).toList());
    }
}
