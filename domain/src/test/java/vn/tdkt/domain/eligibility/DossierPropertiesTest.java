package vn.tdkt.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the dossier rules over generated dossiers, histories and initiatives. */
class DossierPropertiesTest {

    private static final RuleSet LAW_2022 = Law2022.ruleSet();
    private static final Set<String> DOSSIER_RULES = Set.of(MovementDeadlineRule.RULE, RequiredAttachmentsRule.RULE,
            OneAwardPerAchievementRule.RULE, GrassrootsFighterQuotaRule.RULE);

    private static Arbitrary<Integer> years() {
        return Arbitraries.integers().between(2018, 2025);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 1000).map(days -> LocalDate.of(2024, 1, 1).plusDays(days));
    }

    private static Arbitrary<AwardEntry> awards() {
        return Combinators.combine(years(), Arbitraries.of(Law2022.TITLES),
                Arbitraries.of("1/QĐ-UBND", "27/QĐ-CA").injectNull(0.5)).as(AwardEntry::new);
    }

    private static Arbitrary<CitedInitiative> initiatives() {
        // Names that differ only in case count as the same initiative.
        return Combinators.combine(Arbitraries.of("Sáng kiến 1", "sáng kiến 1", "Phần mềm quản lý", "Quy trình mới"),
                awards().list().ofMaxSize(2)).as(CitedInitiative::new);
    }

    @Provide
    Arbitrary<Candidacy> candidacies() {
        return Combinators.combine(Arbitraries.of("Nguyễn Văn A", "nguyễn văn a", "Trần Thị B", "Lê Văn C"),
                Arbitraries.of(Law2022.TITLES), years(), awards().list().ofMaxSize(8),
                Arbitraries.of(true, false), initiatives().list().ofMaxSize(3))
                .as((name, title, year, history, disciplined, cited) -> new Candidacy(name, title, "Danh hiệu " + title,
                        year, history, disciplined, cited));
    }

    @Provide
    Arbitrary<Dossier> dossiers() {
        Arbitrary<Movement> movements = Combinators.combine(Arbitraries.of("Thi đua quyết thắng"),
                dates().injectNull(0.3)).as(Movement::new).injectNull(0.3);
        Arbitrary<UnitQuota> quotas = Combinators.combine(years(), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 10)).as(UnitQuota::new).injectNull(0.3);
        return Combinators.combine(candidacies().list().ofMaxSize(6), dates(),
                Arbitraries.subsetOf(Law2022.KINDS), movements, quotas)
                .as((candidacies, submitted, kinds, movement, quota) -> new Dossier("Công an tỉnh", submitted,
                        candidacies, kinds, movement, quota));
    }

    @Property
    void aDossiersFindingsAreItsCandidaciesFindingsThenThoseOfTheDossierRules(@ForAll("dossiers") Dossier dossier) {
        List<Finding> ofCandidacies = dossier.candidacies().stream()
                .flatMap(candidacy -> Eligibility.check(candidacy, LAW_2022).stream()).toList();
        List<Finding> all = Eligibility.check(dossier, LAW_2022);

        assertThat(all).hasSizeGreaterThanOrEqualTo(ofCandidacies.size());
        assertThat(all.subList(0, ofCandidacies.size())).isEqualTo(ofCandidacies);
        List<Finding> ofDossier = all.subList(ofCandidacies.size(), all.size());
        assertThat(ofDossier).extracting(Finding::rule).allMatch(DOSSIER_RULES::contains);
        assertThat(ofDossier).filteredOn(f -> f.rule().equals(OneAwardPerAchievementRule.RULE))
                .extracting(Finding::messageKey).allMatch("eligibility.oneAward.twiceInDossier"::equals);
    }

    @Property
    void aCompleteDossierOfOneCandidacyWithoutMovementOrQuotaSaysWhatTheCandidacyCheckSays(
            @ForAll("candidacies") Candidacy candidacy, @ForAll @IntRange(min = 0, max = 1000) int day) {
        Dossier dossier = new Dossier("Tòa án nhân dân tỉnh", LocalDate.of(2024, 1, 1).plusDays(day),
                List.of(candidacy), Set.copyOf(Law2022.KINDS), null, null);
        assertThat(Eligibility.check(dossier, LAW_2022)).isEqualTo(Eligibility.check(candidacy, LAW_2022));
    }

    @Property
    void aQuotaFindingIffTheGrassrootsFightersExceedTheFlooredPercentage(
            @ForAll @IntRange(min = 0, max = 10) int proposedHere, @ForAll @IntRange(min = 0, max = 30) int elsewhere,
            @ForAll @IntRange(min = 0, max = 300) int advancedWorkers,
            @ForAll @IntRange(min = 0, max = 100) int percent) {
        List<Candidacy> candidacies = new ArrayList<>();
        for (int i = 0; i < proposedHere; i++) {
            candidacies.add(new Candidacy("Người " + i, "CSTDCS", "CSTĐCS", 2024, List.of(), false, List.of()));
        }
        candidacies.add(new Candidacy("Người LĐTT", "LDTT", "LĐTT", 2024, List.of(), false, List.of()));
        Dossier dossier = new Dossier("Cục THADS", LocalDate.of(2025, 3, 1), candidacies, Set.copyOf(Law2022.KINDS),
                null, new UnitQuota(2024, advancedWorkers, elsewhere));
        RuleSet ruleSet = new RuleSet("generated", LocalDate.of(2024, 1, 1),
                Law2022.parametersWith(Map.of(Eligibility.CSTDCS_QUOTA_PERCENT, percent)));

        int maximum = (int) Math.floor(percent * advancedWorkers / 100.0);
        boolean over = proposedHere > 0 && proposedHere + elsewhere > maximum;
        List<Finding> quota = Eligibility.check(dossier, ruleSet).stream()
                .filter(finding -> finding.rule().equals(GrassrootsFighterQuotaRule.RULE)).toList();
        if (over) {
            assertThat(quota).singleElement().satisfies(finding -> assertThat(finding.arguments()).containsExactly(
                    "Cục THADS", "2024", proposedHere + elsewhere, advancedWorkers, maximum, percent));
        } else {
            assertThat(quota).isEmpty();
        }
    }

    @Property
    void anInitiativeNotYetUsedIsNeverReportedAndEachUsedOneIsReportedOnce(
            @ForAll("candidacies") Candidacy candidacy) {
        Set<String> used = candidacy.initiatives().stream().filter(initiative -> !initiative.unused())
                .map(initiative -> Evidence.comparable(initiative.name())).collect(Collectors.toSet());
        List<String> reported = Eligibility.check(candidacy, LAW_2022).stream()
                .filter(finding -> finding.rule().equals(InitiativeNotReusedRule.RULE))
                .map(finding -> Evidence.comparable((String) finding.arguments().get(1))).toList();

        assertThat(reported).doesNotHaveDuplicates();
        assertThat(new HashSet<>(reported)).isEqualTo(used);
        Candidacy allUnused = new Candidacy(candidacy.nomineeName(), candidacy.proposedTitleCode(),
                candidacy.proposedTitleName(), candidacy.achievementYear(), candidacy.awards(), false,
                candidacy.initiatives().stream().map(i -> new CitedInitiative(i.name(), List.of())).toList());
        assertThat(Eligibility.check(allUnused, LAW_2022)).extracting(Finding::rule)
                .doesNotContain(InitiativeNotReusedRule.RULE);
    }

    @Property
    void theMissingAttachmentsAreExactlyTheRequiredKindsNotAttached(@ForAll("dossiers") Dossier dossier) {
        Set<String> titles = dossier.candidacies().stream().map(Candidacy::proposedTitleCode)
                .collect(Collectors.toSet());
        Set<String> expected = new TreeSet<>(Eligibility.requiredAttachments(titles, LAW_2022).keySet());
        expected.removeAll(dossier.attachmentKinds());

        assertThat(Eligibility.check(dossier, LAW_2022).stream()
                .filter(finding -> finding.rule().equals(RequiredAttachmentsRule.RULE))
                .map(finding -> finding.messageKey().substring("eligibility.missingAttachment.".length())))
                .containsExactlyElementsOf(expected);
    }

    @Property
    void everyChosenTitleNeedsItsSubmissionLetterAndReport(@ForAll("dossiers") Dossier dossier) {
        Set<String> titles = dossier.candidacies().stream().map(Candidacy::proposedTitleCode)
                .collect(Collectors.toSet());
        var required = Eligibility.requiredAttachments(titles, LAW_2022);
        if (!titles.isEmpty()) {
            assertThat(required.get("SUBMISSION_LETTER")).containsExactlyInAnyOrderElementsOf(titles);
            assertThat(required.get("ACHIEVEMENT_REPORT")).containsExactlyInAnyOrderElementsOf(titles);
        }
        assertThat(required.values()).allSatisfy(needing -> assertThat(titles).containsAll(needing));
    }

    @Property
    void aDeadlineFindingIffTheDeadlineLiesBeforeTheSubmission(@ForAll("dossiers") Dossier dossier) {
        boolean late = dossier.movement() != null && dossier.movement().deadline() != null
                && dossier.movement().deadline().isBefore(dossier.submissionDate());
        assertThat(Eligibility.check(dossier, LAW_2022)).filteredOn(f -> f.rule().equals(MovementDeadlineRule.RULE))
                .hasSize(late ? 1 : 0);
    }

    @Property
    void aCandidacyProposedTwiceInADossierIsAlwaysReported(@ForAll("dossiers") Dossier dossier,
            @ForAll("candidacies") Candidacy candidacy) {
        List<Candidacy> twice = new ArrayList<>(dossier.candidacies());
        twice.add(candidacy);
        twice.add(candidacy);
        Dossier withCopy = new Dossier(dossier.unitName(), dossier.submissionDate(), twice,
                dossier.attachmentKinds(), dossier.movement(), dossier.quota());

        assertThat(Eligibility.check(withCopy, LAW_2022))
                .filteredOn(f -> f.messageKey().equals("eligibility.oneAward.twiceInDossier"))
                .anySatisfy(finding -> {
                    assertThat(Evidence.comparable((String) finding.arguments().get(0)))
                            .isEqualTo(Evidence.comparable(candidacy.nomineeName()));
                    assertThat(finding.arguments().get(1)).isEqualTo(candidacy.proposedTitleName());
                    assertThat(finding.arguments().get(2)).isEqualTo(String.valueOf(candidacy.achievementYear()));
                });
    }
}
