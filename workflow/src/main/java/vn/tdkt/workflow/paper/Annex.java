package vn.tdkt.workflow.paper;

import java.util.List;

/**
 * The list attached to a decision ("DANH SÁCH …"), printed after it with the line "(Kèm theo Quyết định số … ngày …
 * của …)".
 *
 * @param heading  the list's title, e.g. "DANH SÁCH TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"
 * @param issuedBy whose decision it is, as it follows "của" ("Chủ tịch Ủy ban nhân dân tỉnh")
 */
public record Annex(String heading, String issuedBy, List<AnnexSection> sections) {

    public Annex {
        heading = Require.text(heading, "annex heading");
        issuedBy = Require.text(issuedBy, "annex issued by");
        sections = Require.list(sections, "annex sections", true);
    }

    /** The grand total, or null if no line states an amount. */
    public Long total() {
        return Amounts.total(sections, AnnexSection::total);
    }

    public int count(RecipientKind kind) {
        return sections.stream().mapToInt(s -> s.count(kind)).sum();
    }
}
