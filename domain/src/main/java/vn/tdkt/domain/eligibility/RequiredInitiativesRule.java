package vn.tdkt.domain.eligibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A title that needs recognised initiatives (sáng kiến) not yet used for another award, e.g. Chiến sĩ thi đua cấp
 * tỉnh: an initiative effective province-wide (Law on Emulation and Commendation 2022, art. 22); Bằng khen của Chủ
 * tịch UBND tỉnh: 2 initiatives not already used (art. 74). Reused initiatives do not count (see
 * {@link InitiativeNotReusedRule}); the same initiative cited twice counts once. The number is the rule set's
 * parameter.
 */
public final class RequiredInitiativesRule implements EligibilityRule {

    private final String rule;
    private final String proposedTitleCode;
    private final String parameter;
    private final String messageKey;

    public RequiredInitiativesRule(String rule, String proposedTitleCode, String parameter, String messageKey) {
        this.rule = rule;
        this.proposedTitleCode = proposedTitleCode;
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    @Override
    public List<Finding> check(Candidacy candidacy, RuleSet ruleSet) {
        if (!candidacy.personProposedFor(proposedTitleCode)) {
            return List.of();
        }
        int required = ruleSet.parameter(parameter);
        Map<String, String> unused = new LinkedHashMap<>();
        candidacy.initiatives().stream().filter(CitedInitiative::unused)
                .forEach(initiative -> unused.putIfAbsent(Evidence.comparable(initiative.name()), initiative.name()));
        if (unused.size() >= required) {
            return List.of();
        }
        // Initiative names may contain commas, so the list is separated by semicolons.
        String evidence = unused.isEmpty() ? Evidence.NONE : String.join("; ", unused.values());
        return List.of(new Finding(Finding.Severity.ERROR, rule, messageKey,
                List.of(candidacy.nomineeName(), unused.size(), evidence, required)));
    }
}
