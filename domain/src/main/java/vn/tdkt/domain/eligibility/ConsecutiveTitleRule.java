package vn.tdkt.domain.eligibility;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A title that requires an earlier title consecutively (liên tục), e.g. Chiến sĩ thi đua cấp tỉnh: 3 consecutive
 * years of Chiến sĩ thi đua cơ sở (Law on Emulation and Commendation 2022, art. 22); Bằng khen của Chủ tịch UBND
 * tỉnh: 2 consecutive years of CSTĐCS, or 2 years of excellent completion (art. 74); Chiến sĩ thi đua toàn quốc:
 * 2 consecutive times Chiến sĩ thi đua cấp tỉnh (art. 21). The run must end with the achievement year or the year
 * before it: the unit decides its own CSTĐCS for a year before the higher proposal for that year reaches the
 * province, so either may already be in the register. The number required is the rule set's parameter.
 * <p>
 * A title awarded once per cycle of several years (CSTĐ cấp tỉnh crowns a run of CSTĐCS years, so the next one
 * comes that many years later) is consecutive when each award follows the previous one within a cycle; the
 * cycle's length is then a parameter too. A yearly title has a cycle of one year.
 */
public final class ConsecutiveTitleRule implements EligibilityRule {

    private final String rule;
    private final String proposedTitleCode;
    private final String requiredTitleCode;
    private final String parameter;
    private final String messageKey;
    private final Finding.Severity severity;
    private final String cycleParameter;

    /**
     * A rule on a yearly title.
     *
     * @param severity ERROR where the run of years is the only way to the title; WARNING where the law offers
     *                 another route that the register cannot show (e.g. two years of excellent completion)
     */
    public ConsecutiveTitleRule(String rule, String proposedTitleCode, String requiredTitleCode, String parameter,
            String messageKey, Finding.Severity severity) {
        this(rule, proposedTitleCode, requiredTitleCode, parameter, messageKey, severity, null);
    }

    /**
     * A rule on a title awarded once per cycle.
     *
     * @param cycleParameter the parameter that gives the years one award of the required title covers; null for a
     *                       yearly title
     */
    public ConsecutiveTitleRule(String rule, String proposedTitleCode, String requiredTitleCode, String parameter,
            String messageKey, Finding.Severity severity, String cycleParameter) {
        this.severity = severity;
        this.rule = rule;
        this.proposedTitleCode = proposedTitleCode;
        this.requiredTitleCode = requiredTitleCode;
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.cycleParameter = cycleParameter;
    }

    @Override
    public List<Finding> check(Candidacy candidacy, RuleSet ruleSet) {
        if (!candidacy.personProposedFor(proposedTitleCode)) {
            return List.of();
        }
        int required = ruleSet.parameter(parameter);
        int cycle = cycleParameter == null ? 1 : Math.max(1, ruleSet.parameter(cycleParameter));
        NavigableSet<Integer> years = candidacy.awards().stream()
                .filter(award -> requiredTitleCode.equals(award.titleCode()))
                .map(AwardEntry::year)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Integer> run = longestRunEndingAt(years, candidacy.achievementYear(), cycle);
        List<Integer> previous = longestRunEndingAt(years, candidacy.achievementYear() - 1, cycle);
        List<Integer> best = run.size() >= previous.size() ? run : previous;
        if (best.size() >= required) {
            return List.of();
        }
        String evidence = best.isEmpty() ? Evidence.NONE
                : best.stream().map(Evidence::year).collect(Collectors.joining(", "));
        return List.of(new Finding(severity, rule, messageKey,
                List.of(candidacy.nomineeName(), best.size(), evidence, required)));
    }

    /**
     * The run of award years that ends at {@code last}, each within {@code cycle} years of the next, oldest first;
     * empty when {@code last} is absent.
     */
    static List<Integer> longestRunEndingAt(NavigableSet<Integer> years, int last, int cycle) {
        Deque<Integer> run = new ArrayDeque<>();
        Integer current = years.contains(last) ? last : null;
        while (current != null) {
            run.addFirst(current);
            Integer earlier = years.lower(current);
            current = earlier != null && current - earlier <= cycle ? earlier : null;
        }
        return List.copyOf(run);
    }
}
