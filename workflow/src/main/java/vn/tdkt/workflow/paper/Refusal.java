package vn.tdkt.workflow.paper;

/** One nominee not commended, with the award proposed and the reason given to them. */
public record Refusal(String name, String description, String award, String reason) {

    public Refusal {
        name = Require.text(name, "refusal name");
        description = Require.optionalText(description);
        award = Require.text(award, "refusal award");
        reason = Require.text(reason, "refusal reason");
    }
}
