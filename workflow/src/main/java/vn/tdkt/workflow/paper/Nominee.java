package vn.tdkt.workflow.paper;

/**
 * A nominee in a tờ trình.
 *
 * @param description position and unit; may be empty
 * @param achievement a short summary of the achievement; may be empty
 */
public record Nominee(String name, String description, String achievement) {

    public Nominee {
        name = Require.text(name, "nominee name");
        description = Require.optionalText(description);
        achievement = Require.optionalText(achievement);
    }
}
