package vn.tdkt.domain.eligibility;

import java.util.List;

/**
 * Nobody under a discipline measure may be commended while it is in force (Decree 98/2023, art. 4; repeated in
 * Decree 152/2025): applies to every title, needs no parameter.
 */
public final class DisciplineRule implements EligibilityRule {

    public static final String RULE = "discipline";

    @Override
    public List<Finding> check(Candidacy candidacy, RuleSet ruleSet) {
        if (!candidacy.underDiscipline()) {
            return List.of();
        }
        return List.of(new Finding(Finding.Severity.ERROR, RULE, "eligibility.discipline",
                List.of(candidacy.nomineeName())));
    }
}
