package vn.tdkt.domain.eligibility;

import java.util.List;

/**
 * One condition of the law on a whole dossier (hồ sơ đề nghị) rather than on one candidacy: its attachments, its
 * deadline, the unit's quota, or candidacies that clash with each other.
 */
public interface DossierRule {

    /** The findings when the dossier breaks the rule, empty when it passes or the rule does not apply. */
    List<Finding> check(Dossier dossier, RuleSet ruleSet);
}
