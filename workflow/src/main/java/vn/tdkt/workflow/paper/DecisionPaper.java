package vn.tdkt.workflow.paper;

import java.util.List;

/**
 * A commendation decision (quyết định khen thưởng) and its annex.
 *
 * @param subject    the line under "QUYẾT ĐỊNH", e.g. "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
 * @param authority  the deciding authority, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH"
 * @param legalBases the "Căn cứ …" lines, in order
 * @param proposal   the "Theo đề nghị của …" line
 * @param articles   the articles' text without "Điều n." (the template numbers them); article 1 refers to the annex
 * @param recipients the "Nơi nhận" lines
 * @param annex      the list of recipients, or null for a decision without one
 */
public record DecisionPaper(
        Heading heading,
        String subject,
        String authority,
        List<String> legalBases,
        String proposal,
        List<String> articles,
        List<String> recipients,
        Signature signature,
        Annex annex) implements Paper {

    public DecisionPaper {
        Require.present(heading, "heading");
        subject = Require.text(subject, "subject");
        authority = Require.text(authority, "authority");
        legalBases = Require.list(legalBases, "legal bases", true);
        proposal = Require.text(proposal, "proposal");
        articles = Require.list(articles, "articles", true);
        recipients = Require.list(recipients, "recipients", true);
        Require.present(signature, "signature");
    }

    @Override
    public String templateName() {
        return "decision.ftlh";
    }
}
