package vn.tdkt.domain.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A title that requires an earlier title in consecutive years, e.g. Chiến sĩ thi đua cấp tỉnh: 3 consecutive
 * years of Chiến sĩ thi đua cơ sở (Law on Emulation and Commendation 2022, art. 22); Bằng khen của Chủ tịch UBND
 * tỉnh: 2 consecutive years of CSTĐCS, or 2 years of excellent completion (art. 74). The run of years must end with the achievement year or the year
 * before it: the unit decides its own CSTĐCS for a year before the higher proposal for that year reaches the
 * province, so either may already be in the register. The number of years is the rule set's parameter.
 */
public final class ConsecutiveTitleRule implements EligibilityRule {

    private final String rule;
    private final String proposedTitleCode;
    private final String requiredTitleCode;
    private final String parameter;
    private final String messageKey;
    private final Finding.Severity severity;

    /**
     * @param severity ERROR where the run of years is the only way to the title; WARNING where the law offers
     *                 another route that the register cannot show (e.g. two years of excellent completion)
     */
    public ConsecutiveTitleRule(String rule, String proposedTitleCode, String requiredTitleCode, String parameter,
            String messageKey, Finding.Severity severity) {
        this.severity = severity;
        this.rule = rule;
        this.proposedTitleCode = proposedTitleCode;
        this.requiredTitleCode = requiredTitleCode;
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    @Override
    public Optional<Finding> check(Candidacy candidacy, RuleSet ruleSet) {
        if (!proposedTitleCode.equals(candidacy.proposedTitleCode())) {
            return Optional.empty();
        }
        int required = ruleSet.parameter(parameter);
        Set<Integer> years = candidacy.awards().stream()
                .filter(award -> requiredTitleCode.equals(award.titleCode()))
                .map(AwardEntry::year)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Integer> run = longestRunEndingAt(years, candidacy.achievementYear());
        List<Integer> previous = longestRunEndingAt(years, candidacy.achievementYear() - 1);
        List<Integer> best = run.size() >= previous.size() ? run : previous;
        if (best.size() >= required) {
            return Optional.empty();
        }
        String evidence = best.isEmpty() ? "—"
                : best.stream().map(String::valueOf).collect(Collectors.joining(", "));
        // Years go as text: a message format would print 2024 as "2.024" in Vietnamese.
        return Optional.of(new Finding(severity, rule, messageKey,
                List.of(candidacy.nomineeName(), best.size(), evidence, required)));
    }

    /** The consecutive years in the set that end at {@code last}, oldest first; empty when {@code last} is absent. */
    static List<Integer> longestRunEndingAt(Set<Integer> years, int last) {
        int first = last;
        while (years.contains(first)) {
            first--;
        }
        return java.util.stream.IntStream.rangeClosed(first + 1, last).boxed().toList();
    }
}
