package vn.tdkt.workflow.paper;

import java.util.List;

/** The lines of one kind of recipient (collectives, individuals, households) under one award. */
public record AnnexGroup(RecipientKind kind, List<AnnexLine> lines) {

    public AnnexGroup {
        Require.present(kind, "annex group kind");
        lines = Require.list(lines, "annex group lines", true);
    }

    /** The sum of the stated amounts, or null if no line states one. */
    public Long total() {
        return Amounts.total(lines, AnnexLine::amount);
    }
}
