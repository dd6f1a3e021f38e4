package vn.tdkt.workflow.paper;

/**
 * One numbered line of an annex.
 *
 * @param name        as printed, with the honorific if the issuer writes one ("Bà Nguyễn Thị Ngọc Ánh")
 * @param description position and unit, or for a collective its parent unit; may be empty
 * @param amount      the reward in đồng, or null when the decision states no amount for the line
 */
public record AnnexLine(String name, String description, Long amount) {

    public AnnexLine {
        name = Require.text(name, "annex line name");
        description = Require.optionalText(description);
        amount = Require.amount(amount, "annex line amount");
    }
}
