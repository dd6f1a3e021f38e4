package vn.tdkt.web.api;

import java.util.List;
import java.util.Locale;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.decision.DecisionLine;

/**
 * A decision as the API gives it: number, date, issuing body, subject, signer, status, the annex in its groups
 * (title or form and kind of nominee, with amounts and totals) and the nominees left out with their reasons.
 */
public record DecisionDocument(long id, String number, String date, String issuer, String subject, String signer,
        String status, long total, List<Group> annex, List<Line> leftOut) {

    /** A group of the annex. */
    public record Group(CodeName title, String kind, long total, List<Line> lines) {
    }

    /** A line: the nominee as decided, with the dossier it came from. */
    public record Line(long nomineeId, long proposalId, String name, String detail, String unit, Long amount,
            String reason) {

        static Line of(DecisionLine line) {
            return new Line(line.getNomineeId(), line.getProposalId(), line.getName(), line.getDetail(),
                    line.getUnitName(), line.getAmount(), line.getReason());
        }
    }

    static DecisionDocument of(Decision decision, Locale language) {
        return new DecisionDocument(decision.getId(), decision.getNumberText(), decision.getDate().toString(),
                decision.getIssuer().getAwardIssuer(), decision.getSubject(), decision.getSignerName(),
                decision.getStatus().name(), decision.total(),
                decision.annex().stream().map(group -> new Group(CodeName.of(group.title(), language),
                        group.kind().name(), group.total(), group.lines().stream().map(Line::of).toList()))
                        .toList(),
                decision.leftOut().stream().map(Line::of).toList());
    }
}
