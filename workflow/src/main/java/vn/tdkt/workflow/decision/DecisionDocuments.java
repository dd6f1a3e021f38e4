package vn.tdkt.workflow.decision;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.decision.DecisionLine;
import vn.tdkt.domain.decision.DecisionWording;
import vn.tdkt.domain.decision.DocumentIssuer;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.workflow.paper.Annex;
import vn.tdkt.workflow.paper.AnnexGroup;
import vn.tdkt.workflow.paper.AnnexLine;
import vn.tdkt.workflow.paper.AnnexSection;
import vn.tdkt.workflow.paper.DecisionPaper;
import vn.tdkt.workflow.paper.Heading;
import vn.tdkt.workflow.paper.Letterhead;
import vn.tdkt.workflow.paper.RecipientKind;
import vn.tdkt.workflow.paper.Refusal;
import vn.tdkt.workflow.paper.RefusalNoticePaper;
import vn.tdkt.workflow.paper.Signature;

/**
 * A decision as its document says it (Decree 30/2020, appendix I): the body's heading, number, place and date,
 * the legal bases (the law and the decree of the rule set in force), who proposed, the articles (the award with
 * the annex, the money, the execution), the recipients, the signer, and the annex grouped by title or form and
 * kind of recipient with the amounts.
 */
final class DecisionDocuments {

    private static final Pattern DECREE = Pattern.compile("Nghị định\\s+\\S+/NĐ-CP");

    private DecisionDocuments() {
    }

    static DecisionPaper paperOf(Decision decision, RuleSet ruleSet) {
        DocumentIssuer issuer = decision.getIssuer();
        Heading heading = new Heading(new Letterhead(issuer.getParentBody(), issuer.getName()),
                decision.getNumberText(), issuer.getPlace(), decision.getDate());
        List<String> bases = new ArrayList<>(List.of(DecisionWording.text("decision.basis.localGovernment"),
                DecisionWording.text("decision.basis.law")));
        Matcher decree = DECREE.matcher(ruleSet.getName());
        if (decree.find()) {
            bases.add(DecisionWording.text("decision.basis.decree", decree.group()));
        }
        String proposal = issuer.getUnit() == null ? DecisionWording.text("decision.proposal.province")
                : DecisionWording.text("decision.proposal.unit", issuer.getUnit().getName());
        long total = decision.total();
        List<String> articles = List.of(DecisionWording.text("decision.article.award", counted(decision)),
                total > 0 ? DecisionWording.text("decision.article.money", amount(total))
                        : DecisionWording.text("decision.article.moneyByLaw"),
                DecisionWording.text("decision.article.execution"));
        List<String> recipients = Arrays.asList(DecisionWording.text("decision.recipients").split("\\|"));
        return new DecisionPaper(heading, decision.getSubject(), issuer.getDecidingTitle(), bases, proposal, articles,
                recipients, signatureOf(decision), annexOf(decision));
    }

    /**
     * The notice to the nominees the decision left out (thông báo), each with the reason, under its own number of
     * the body's notice series, signed as the decision.
     */
    static RefusalNoticePaper noticeOf(Decision decision, String noticeNumber) {
        DocumentIssuer issuer = decision.getIssuer();
        Heading heading = new Heading(new Letterhead(issuer.getParentBody(), issuer.getName()), noticeNumber,
                issuer.getPlace(), decision.getDate());
        String date = decision.getDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        List<Refusal> refusals = decision.leftOut().stream().map(line -> new Refusal(line.getName(),
                lineOf(line).description(), line.getTitle().getNameVi(), line.getReason())).toList();
        return new RefusalNoticePaper(heading, DecisionWording.text("notice.subject"),
                List.of(DecisionWording.text("notice.introduction", decision.getNumberText(), date,
                        issuer.getAwardIssuer())),
                refusals, Arrays.asList(DecisionWording.text("notice.recipients").split("\\|")),
                signatureOf(decision));
    }

    private static Signature signatureOf(Decision decision) {
        String authority = decision.getSigningAuthority() == null ? "" : decision.getSigningAuthority();
        List<String> signing = authority.isBlank() ? List.of(decision.getIssuer().getDecidingTitle())
                : Arrays.stream(authority.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Signature(signing, decision.getSignerName());
    }

    /** "2 tập thể và 3 cá nhân": the commended counted by kind, in the annex's order. */
    private static String counted(Decision decision) {
        Map<NomineeKind, Integer> counts = new LinkedHashMap<>();
        for (Decision.AnnexGroup group : decision.annex()) {
            counts.merge(group.kind(), group.lines().size(), Integer::sum);
        }
        List<String> parts = counts.entrySet().stream()
                .map(e -> DecisionWording.text("decision.count." + e.getKey().name(), e.getValue())).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + DecisionWording.text(
                "decision.count.and") + " " + parts.get(parts.size() - 1);
    }

    private static Annex annexOf(Decision decision) {
        Map<String, List<AnnexGroup>> sections = new LinkedHashMap<>();
        for (Decision.AnnexGroup group : decision.annex()) {
            List<AnnexLine> lines = group.lines().stream().map(DecisionDocuments::lineOf).toList();
            sections.computeIfAbsent(group.title().getNameVi(), name -> new ArrayList<>())
                    .add(new AnnexGroup(kindOf(group.kind()), lines));
        }
        return new Annex(DecisionWording.text("decision.annex.heading"), decision.getIssuer().getAwardIssuer(),
                sections.entrySet().stream().map(e -> new AnnexSection(e.getKey(), e.getValue())).toList());
    }

    private static AnnexLine lineOf(DecisionLine line) {
        String detail = line.getDetail() == null || line.getDetail().isBlank() ? line.getUnitName()
                : line.getDetail() + ", " + line.getUnitName();
        return new AnnexLine(line.getName(), detail, line.getAmount());
    }

    /** Initiatives are listed with the individuals who made them. */
    private static RecipientKind kindOf(NomineeKind kind) {
        return switch (kind) {
            case COLLECTIVE -> RecipientKind.COLLECTIVE;
            case HOUSEHOLD -> RecipientKind.HOUSEHOLD;
            case INDIVIDUAL, INITIATIVE -> RecipientKind.INDIVIDUAL;
        };
    }

    private static String amount(long dong) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(dong);
    }
}
