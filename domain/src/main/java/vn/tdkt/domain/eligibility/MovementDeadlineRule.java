package vn.tdkt.domain.eligibility;

import java.util.List;

/**
 * A dossier answering an emulation movement (phong trào thi đua) must arrive by the deadline its plan sets (e.g.
 * annual proposals by 15/3). The deadline is data on the movement, not a rule-set parameter; a dossier submitted on
 * the deadline itself is in time.
 */
public final class MovementDeadlineRule implements DossierRule {

    public static final String RULE = "movement_deadline";

    @Override
    public List<Finding> check(Dossier dossier, RuleSet ruleSet) {
        Movement movement = dossier.movement();
        if (movement == null || movement.deadline() == null
                || !movement.deadline().isBefore(dossier.submissionDate())) {
            return List.of();
        }
        return List.of(new Finding(Finding.Severity.ERROR, RULE, "eligibility.movement.deadlinePassed",
                List.of(movement.name(), Evidence.date(movement.deadline()),
                        Evidence.date(dossier.submissionDate()))));
    }
}
