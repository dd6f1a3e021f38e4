package vn.tdkt.domain.eligibility;

import java.util.Optional;

/** One condition of the law, parameterised by the rule set in force. */
public interface EligibilityRule {

    /** The finding when the candidacy breaks the rule, empty when it passes or the rule does not apply. */
    Optional<Finding> check(Candidacy candidacy, RuleSet ruleSet);
}
