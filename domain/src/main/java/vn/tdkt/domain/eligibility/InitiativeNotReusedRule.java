package vn.tdkt.domain.eligibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An initiative (sáng kiến) founds one award only: one the register shows as already counted for an award
 * («chưa được dùng để xét tặng», Law on Emulation and Commendation 2022, art. 74; Decree 98/2023) cannot be cited
 * again. One finding per reused initiative, naming the awards it was used for. Needs no parameter.
 */
public final class InitiativeNotReusedRule implements EligibilityRule {

    public static final String RULE = "initiative_not_reused";

    @Override
    public List<Finding> check(Candidacy candidacy, RuleSet ruleSet) {
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (CitedInitiative initiative : candidacy.initiatives()) {
            if (initiative.unused() || !reported.add(Evidence.comparable(initiative.name()))) {
                continue;
            }
            String usedFor = initiative.alreadyUsedFor().stream()
                    .sorted(Comparator.comparingInt(AwardEntry::year).thenComparing(AwardEntry::titleCode))
                    .map(award -> award.titleCode() + " " + Evidence.year(award.year()))
                    .collect(Collectors.joining(", "));
            findings.add(new Finding(Finding.Severity.ERROR, RULE, "eligibility.initiative.alreadyUsed",
                    List.of(candidacy.nomineeName(), initiative.name(), usedFor)));
        }
        return List.copyOf(findings);
    }
}
