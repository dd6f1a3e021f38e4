package vn.tdkt.workflow.paper;

import java.util.List;

/**
 * The recipients of one award (title or form, e.g. "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"), grouped by kind.
 */
public record AnnexSection(String award, List<AnnexGroup> groups) {

    public AnnexSection {
        award = Require.text(award, "annex section award");
        groups = Require.list(groups, "annex section groups", true);
    }

    public Long total() {
        return Amounts.total(groups, AnnexGroup::total);
    }

    /** How many lines the section has, for the article that counts collectives and individuals. */
    public int count(RecipientKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).mapToInt(g -> g.lines().size()).sum();
    }
}
