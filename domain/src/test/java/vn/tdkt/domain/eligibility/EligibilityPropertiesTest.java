package vn.tdkt.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the rules over generated award histories and rule sets. */
class EligibilityPropertiesTest {

    @Provide
    Arbitrary<Set<Integer>> grassrootsYears() {
        return Arbitraries.integers().between(2010, 2026).set().ofMaxSize(12);
    }

    private static List<AwardEntry> history(Set<Integer> cstdcsYears, Set<Integer> otherYears) {
        List<AwardEntry> awards = new ArrayList<>();
        cstdcsYears.forEach(year -> awards.add(new AwardEntry(year, "CSTDCS")));
        otherYears.forEach(year -> awards.add(new AwardEntry(year, "LDTT")));
        return awards;
    }

    private static RuleSet requiring(int years) {
        return new RuleSet("generated", LocalDate.of(2024, 1, 1), Law2022.parametersWith(Map.of(
                Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, years, Eligibility.BK_UBND_CONSECUTIVE_CSTDCS, years)));
    }

    /** The findings of the provincial fighter's run of CSTĐCS years; the candidacies here cite no initiative. */
    private static List<Finding> runFindings(Candidacy candidacy, RuleSet ruleSet) {
        return Eligibility.check(candidacy, ruleSet).stream()
                .filter(finding -> finding.rule().equals("cstd_tinh.consecutive_cstdcs")).toList();
    }

    @Property
    void theEvidenceIsAlwaysConsecutiveRegisteredYearsShorterThanRequired(
            @ForAll("grassrootsYears") Set<Integer> years, @ForAll("grassrootsYears") Set<Integer> others,
            @ForAll @IntRange(min = 2016, max = 2026) int achievementYear, @ForAll @IntRange(min = 1, max = 6) int n) {
        List<Finding> findings = runFindings(
                new Candidacy("X", "CSTD_TINH", achievementYear, history(years, others), false), requiring(n));
        for (Finding finding : findings) {
            int count = (Integer) finding.arguments().get(1);
            String evidence = (String) finding.arguments().get(2);
            assertThat(count).isLessThan(n);
            if (count == 0) {
                assertThat(evidence).isEqualTo("—");
                continue;
            }
            List<Integer> listed = Arrays.stream(evidence.split(", ")).map(Integer::valueOf).toList();
            assertThat(listed).hasSize(count);
            assertThat(years).containsAll(listed);
            for (int i = 1; i < listed.size(); i++) {
                assertThat(listed.get(i)).isEqualTo(listed.get(i - 1) + 1);
            }
            assertThat(listed.get(listed.size() - 1)).isBetween(achievementYear - 1, achievementYear);
        }
    }

    @Property
    void anotherAwardInTheRegisterNeverTurnsAPassIntoAFailure(@ForAll("grassrootsYears") Set<Integer> years,
            @ForAll @IntRange(min = 2010, max = 2026) int extraYear,
            @ForAll @IntRange(min = 2016, max = 2026) int achievementYear, @ForAll @IntRange(min = 1, max = 6) int n) {
        Candidacy before = new Candidacy("X", "CSTD_TINH", achievementYear, history(years, Set.of()), false);
        Set<Integer> more = new TreeSet<>(years);
        more.add(extraYear);
        Candidacy after = new Candidacy("X", "CSTD_TINH", achievementYear, history(more, Set.of()), false);
        if (runFindings(before, requiring(n)).isEmpty()) {
            assertThat(runFindings(after, requiring(n))).isEmpty();
        }
    }

    @Property
    void aRunOfExactlyTheRequiredLengthEndingWithTheAchievementYearPasses(
            @ForAll @IntRange(min = 2016, max = 2026) int achievementYear, @ForAll @IntRange(min = 1, max = 6) int n,
            @ForAll("grassrootsYears") Set<Integer> noise) {
        Set<Integer> years = new TreeSet<>(noise);
        for (int year = achievementYear - n + 1; year <= achievementYear; year++) {
            years.add(year);
        }
        assertThat(runFindings(new Candidacy("X", "CSTD_TINH", achievementYear, history(years, Set.of()),
                false), requiring(n))).isEmpty();
    }

    @Property
    void theRuleSetInForceIsTheLatestThatHasStarted(@ForAll @IntRange(min = 0, max = 3000) int dayOffset,
            @ForAll @IntRange(min = 0, max = 3000) int startA, @ForAll @IntRange(min = 0, max = 3000) int startB) {
        LocalDate origin = LocalDate.of(2020, 1, 1);
        RuleSet a = new RuleSet("a", origin.plusDays(startA), Map.of());
        RuleSet b = new RuleSet("b", origin.plusDays(startB), Map.of());
        LocalDate date = origin.plusDays(dayOffset);
        RuleSets.inForceOn(date, List.of(a, b)).ifPresentOrElse(chosen -> {
            assertThat(chosen.getEffectiveFrom()).isBeforeOrEqualTo(date);
            for (RuleSet other : List.of(a, b)) {
                if (!other.getEffectiveFrom().isAfter(date)) {
                    assertThat(other.getEffectiveFrom()).isBeforeOrEqualTo(chosen.getEffectiveFrom());
                }
            }
        }, () -> assertThat(List.of(a, b)).allMatch(set -> set.getEffectiveFrom().isAfter(date)));
    }

    @Property
    void consecutiveProvincialAwardsOneCycleApartQualifyANationalFighter(
            @ForAll @IntRange(min = 2016, max = 2030) int achievementYear, @ForAll @IntRange(min = 0, max = 1) int lag,
            @ForAll @IntRange(min = 1, max = 4) int cycle, @ForAll @IntRange(min = 1, max = 3) int required,
            @ForAll @IntRange(min = 0, max = 2) int extra) {
        List<AwardEntry> awards = new ArrayList<>();
        for (int k = 0; k < required + extra; k++) {
            awards.add(new AwardEntry(achievementYear - lag - k * cycle, "CSTD_TINH"));
        }
        RuleSet ruleSet = new RuleSet("generated", LocalDate.of(2024, 1, 1), Law2022.parametersWith(Map.of(
                Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, cycle,
                Eligibility.CSTD_TOAN_QUOC_CONSECUTIVE_CSTD_TINH, required)));
        assertThat(Eligibility.check(new Candidacy("X", "CSTD_TOAN_QUOC", achievementYear, awards, false), ruleSet))
                .isEmpty();
    }

    @Property
    void theNationalFightersEvidenceIsProvincialAwardsEachWithinACycleOfTheNext(
            @ForAll("grassrootsYears") Set<Integer> provincialYears,
            @ForAll @IntRange(min = 2016, max = 2026) int achievementYear,
            @ForAll @IntRange(min = 1, max = 4) int cycle, @ForAll @IntRange(min = 1, max = 4) int required) {
        List<AwardEntry> awards = provincialYears.stream().map(year -> new AwardEntry(year, "CSTD_TINH")).toList();
        RuleSet ruleSet = new RuleSet("generated", LocalDate.of(2024, 1, 1), Law2022.parametersWith(Map.of(
                Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, cycle,
                Eligibility.CSTD_TOAN_QUOC_CONSECUTIVE_CSTD_TINH, required)));
        for (Finding finding : Eligibility.check(new Candidacy("X", "CSTD_TOAN_QUOC", achievementYear, awards,
                false), ruleSet)) {
            int count = (Integer) finding.arguments().get(1);
            assertThat(count).isLessThan(required);
            if (count == 0) {
                continue;
            }
            List<Integer> listed = Arrays.stream(((String) finding.arguments().get(2)).split(", "))
                    .map(Integer::valueOf).toList();
            assertThat(listed).hasSize(count);
            assertThat(provincialYears).containsAll(listed);
            for (int i = 1; i < listed.size(); i++) {
                assertThat(listed.get(i) - listed.get(i - 1)).isBetween(1, cycle);
            }
            assertThat(listed.get(listed.size() - 1)).isBetween(achievementYear - 1, achievementYear);
        }
    }

    @Property
    void aRuleSetDatedAfterTodayIsNeverChosenForToday(
            @ForAll("dayOffsets") Set<Integer> offsets, @ForAll @IntRange(min = 0, max = 4000) int todayOffset) {
        LocalDate origin = LocalDate.of(2020, 1, 1);
        LocalDate today = origin.plusDays(todayOffset);
        List<RuleSet> sets = offsets.stream()
                .map(offset -> new RuleSet("set " + offset, origin.plusDays(offset), Law2022.parameters())).toList();
        RuleSets.inForceOn(today, sets).ifPresentOrElse(
                chosen -> assertThat(chosen.getEffectiveFrom()).isBeforeOrEqualTo(today),
                () -> assertThat(sets).allMatch(set -> set.getEffectiveFrom().isAfter(today)));
    }

    @Provide
    Arbitrary<Set<Integer>> dayOffsets() {
        return Arbitraries.integers().between(0, 4000).set().ofMinSize(1).ofMaxSize(6);
    }
}
