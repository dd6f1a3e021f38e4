package vn.tdkt.web.admin;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import vn.tdkt.domain.decision.RewardSchedule;
import vn.tdkt.domain.eligibility.Eligibility;

/**
 * The label of a rule-set parameter: its own text under {@code param.<name>}, or for the required-files matrix
 * ({@code required_attachment.TITLE.KIND}) one sentence built from the file kind and the title's name, so that a
 * new title needs no new labels; likewise the reward coefficients ({@code reward.coefficient.TITLE.KIND}). Shared by the rule-set page and its Excel export.
 */
public final class ParameterLabels {

    private ParameterLabels() {
    }

    /**
     * @param text   the bundle lookup with arguments (the page's or the export's)
     * @param titles title code to its name
     */
    public static String of(String key, Map<String, String> titles, BiFunction<String, Object[], String> text) {
        if (key.startsWith(Eligibility.REQUIRED_ATTACHMENT_PREFIX)) {
            String[] parts = key.substring(Eligibility.REQUIRED_ATTACHMENT_PREFIX.length()).split("\\.", 2);
            return text.apply("param.requiredAttachment", new Object[] {
                text.apply("attachmentKind." + parts[1], new Object[0]), titles.getOrDefault(parts[0], parts[0])});
        }
        if (key.startsWith(RewardSchedule.COEFFICIENT)) {
            String[] parts = key.substring(RewardSchedule.COEFFICIENT.length()).split("\\.", 2);
            return text.apply("param.rewardCoefficient", new Object[] {titles.getOrDefault(parts[0], parts[0]),
                text.apply("nomineeKind." + parts[1], new Object[0])});
        }
        return text.apply("param." + key, new Object[0]);
    }

    /** A bundle lookup with MessageFormat arguments, for code outside a Faces request. */
    public static BiFunction<String, Object[], String> from(ResourceBundle bundle) {
        return (key, args) -> args.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
