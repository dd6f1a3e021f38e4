package vn.tdkt.domain.decision;

/**
 * The kinds of document a body numbers in its own series (Decree 30/2020, appendix III: the abbreviation is the
 * symbol's first part, e.g. "QĐ" in "12/QĐ-UBND").
 */
public enum DocumentType {
    /** Quyết định. */
    DECISION("QĐ"),
    /** Tờ trình. */
    PROPOSAL_LETTER("TTr"),
    /** Biên bản. */
    MINUTES("BB"),
    /** Thông báo. */
    NOTICE("TB");

    private final String abbreviation;

    DocumentType(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
