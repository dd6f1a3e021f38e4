package vn.tdkt.domain.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One achievement, one award (một hình thức khen thưởng cho một thành tích, Decree 98/2023, art. 4): a title is not
 * proposed for an achievement year for which the register already shows it, nor twice for the same person and year
 * in one dossier. Needs no parameter.
 */
public final class OneAwardPerAchievementRule implements EligibilityRule, DossierRule {

    public static final String RULE = "one_award_per_achievement";

    @Override
    public List<Finding> check(Candidacy candidacy, RuleSet ruleSet) {
        List<AwardEntry> already = candidacy.awards().stream()
                .filter(award -> award.titleCode().equals(candidacy.proposedTitleCode()))
                .filter(award -> award.year() == candidacy.achievementYear())
                .toList();
        if (already.isEmpty()) {
            return List.of();
        }
        String year = Evidence.year(candidacy.achievementYear());
        Optional<String> decision = already.stream().map(AwardEntry::decisionNumber).filter(Objects::nonNull)
                .filter(number -> !number.isBlank()).findFirst();
        // Older register lines have no decision number; the sentence then cites the register itself.
        return List.of(decision
                .map(number -> new Finding(Finding.Severity.ERROR, RULE, "eligibility.oneAward.inRegister",
                        List.of(candidacy.nomineeName(), candidacy.proposedTitleName(), year, number)))
                .orElseGet(() -> new Finding(Finding.Severity.ERROR, RULE,
                        "eligibility.oneAward.inRegisterWithoutDecision",
                        List.of(candidacy.nomineeName(), candidacy.proposedTitleName(), year))));
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleSet ruleSet) {
        Map<Achievement, List<Candidacy>> byAchievement = new LinkedHashMap<>();
        for (Candidacy candidacy : dossier.candidacies()) {
            byAchievement.computeIfAbsent(new Achievement(Evidence.comparable(candidacy.nomineeName()),
                    candidacy.proposedTitleCode(), candidacy.achievementYear()), key -> new ArrayList<>())
                    .add(candidacy);
        }
        return byAchievement.values().stream()
                .filter(same -> same.size() > 1)
                .map(same -> {
                    Candidacy first = same.get(0);
                    return new Finding(Finding.Severity.ERROR, RULE, "eligibility.oneAward.twiceInDossier",
                            List.of(first.nomineeName(), first.proposedTitleName(),
                                    Evidence.year(first.achievementYear()), same.size()));
                })
                .toList();
    }

    private record Achievement(String nominee, String titleCode, int year) {
    }
}
