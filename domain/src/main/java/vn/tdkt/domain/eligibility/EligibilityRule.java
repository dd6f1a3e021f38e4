package vn.tdkt.domain.eligibility;

import java.util.List;

/** One condition of the law on a single candidacy, parameterised by the rule set in force. */
public interface EligibilityRule {

    /**
     * The findings when the candidacy breaks the rule (one per piece of evidence, e.g. per reused initiative),
     * empty when it passes or the rule does not apply.
     */
    List<Finding> check(Candidacy candidacy, RuleSet ruleSet);
}
