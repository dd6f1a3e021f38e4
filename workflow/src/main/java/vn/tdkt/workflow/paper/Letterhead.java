package vn.tdkt.workflow.paper;

/**
 * The issuing body at the top left of a paper: the parent body (upper case, regular; may be absent, e.g. for a
 * provincial People's Committee written as "ỦY BAN NHÂN DÂN" over "TỈNH TÂY NINH") and the issuer (upper case, bold).
 */
public record Letterhead(String parentBody, String issuer) {

    public Letterhead {
        parentBody = Require.optionalText(parentBody);
        issuer = Require.text(issuer, "issuer");
    }
}
