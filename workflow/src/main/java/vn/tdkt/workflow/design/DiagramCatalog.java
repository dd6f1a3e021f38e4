package vn.tdkt.workflow.design;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything a diagram may name, and nothing else: the decisions a gateway may test, the actions a service task or
 * listener may run, the dates a due date or timer may use, and the task forms the application has. Administrators
 * choose from these lists in the designer; the validator refuses any other expression. Each option's label is the
 * web bundle's {@code designer.<kind>.<name>}.
 */
public final class DiagramCatalog {

    /** The unit part of a candidate group meaning "the unit that proposed the dossier". */
    public static final String PROPOSING_UNIT = "${unitCode}";

    /** The unit part of a candidate group meaning "the bloc's head that year" (bloc reviews). */
    public static final String BLOC_HEAD_UNIT = "${headUnit}";

    /** A named expression. */
    public record Option(String name, String expression) {
    }

    /** Gateway conditions: the decision of the step before, or facts the services set on the instance. */
    public static final List<Option> CONDITIONS = List.of(
            new Option("approve", "${decision == 'APPROVE'}"),
            new Option("return", "${decision == 'RETURN'}"),
            new Option("reject", "${decision == 'REJECT'}"),
            new Option("accept", "${decision == 'ACCEPT'}"),
            new Option("refuse", "${decision == 'REFUSE'}"),
            new Option("decide", "${decision == 'DECIDE'}"),
            new Option("sendUp", "${decision == 'SEND_UP'}"),
            new Option("propose", "${decision == 'PROPOSE'}"),
            new Option("agree", "${decision == 'AGREE'}"),
            new Option("disagree", "${decision == 'DISAGREE'}"),
            new Option("votePassed", "${votePassed}"),
            new Option("voteFailed", "${!votePassed}"),
            new Option("decidedByUnit", "${decidedByUnit}"),
            new Option("decidedAbove", "${!decidedByUnit}"),
            new Option("stateLevel", "${stateLevel}"),
            new Option("notStateLevel", "${!stateLevel}"),
            new Option("yearEnd", "${yearEnd}"),
            new Option("midYear", "${!yearEnd}"));

    /** Service task and listener actions: the application's own services, reached through named beans. */
    public static final List<Option> ACTIONS = List.of(
            new Option("recordDecision", "${processActions.recordDecision(execution)}"),
            new Option("notifyNotCommended", "${processActions.notifyNotCommended(execution)}"),
            new Option("remind", "${processActions.remind(execution)}"),
            new Option("escalate", "${processActions.escalate(execution)}"),
            new Option("supplementExpired", "${processActions.supplementExpired(execution)}"),
            new Option("clearDecision", "${execution.removeVariable('decision')}"),
            new Option("blocProposals", "${blocActions.propose(execution)}"));

    /** Dates the services compute on the instance (working days from the rule set and the holiday calendar). */
    public static final List<Option> DATES = List.of(
            new Option("appraisalDue", "${appraisalDue}"),
            new Option("appraisalReminder", "${appraisalReminder}"),
            new Option("publicNoticeEnds", "${publicNoticeEnds}"),
            new Option("supplementDue", "${supplementDue}"));

    /** The form of a step an administrator adds to ask someone's opinion (agree or not, with reasons). */
    public static final String OPINION_FORM = "tdkt:opinion";

    /** The task forms of the application (the task page has one per key). */
    public static final List<String> FORMS = List.of("tdkt:unit-head-review", "tdkt:revise-proposal",
            "tdkt:council-vote", "tdkt:reception", "tdkt:supplement", "tdkt:reception-final", "tdkt:appraisal",
            "tdkt:public-notice", "tdkt:decision", "tdkt:central-decision", OPINION_FORM, "tdkt:bloc-consolidation",
            "tdkt:bloc-acclamation");

    /** A due date or timer N working days from the moment the task or timer starts ({@code WorkingDays.after}). */
    public static final Pattern WORKING_DAYS = Pattern.compile("\\$\\{workingDays\\.after\\(([1-9][0-9]{0,2})\\)\\}");

    /** A plain ISO-8601 duration such as {@code P5D} or {@code PT12H}: no expression at all. */
    public static final Pattern DURATION = Pattern
            .compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?");

    private DiagramCatalog() {
    }

    /** The expression's option among the catalog's conditions, actions and dates, if it is one. */
    public static Optional<Option> option(String expression) {
        String trimmed = expression.trim();
        return Stream.of(CONDITIONS, ACTIONS, DATES).flatMap(List::stream)
                .filter(option -> option.expression().equals(trimmed)).findFirst();
    }

    /** Whether the text is an expression the engine may evaluate: a catalog option or N working days. */
    public static boolean allowedExpression(String expression) {
        return option(expression).isPresent() || WORKING_DAYS.matcher(expression.trim()).matches();
    }

    /** Whether a value holds an expression at all (the engine evaluates both forms). */
    public static boolean isExpression(String value) {
        return value.contains("${") || value.contains("#{");
    }
}
