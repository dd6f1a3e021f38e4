package vn.tdkt.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One example per rule, with the evidence its finding names. */
class EligibilityExamplesTest {

    static final RuleSet LAW_2022 = new RuleSet("Luật TĐKT 2022, Nghị định 98/2023", LocalDate.of(2024, 1, 1),
            Map.of(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 3, Eligibility.BK_UBND_CONSECUTIVE_CSTDCS, 2));

    private static List<AwardEntry> cstdcs(int... years) {
        return java.util.Arrays.stream(years).mapToObj(year -> new AwardEntry(year, "CSTDCS")).toList();
    }

    @Test
    void provincialFighterNeedsThreeConsecutiveGrassrootsYearsAndTheFindingNamesThem() {
        Candidacy twoYears = new Candidacy("Nguyễn Văn A", "CSTD_TINH", 2024, cstdcs(2020, 2022, 2023), false);

        assertThat(Eligibility.check(twoYears, LAW_2022)).singleElement().satisfies(finding -> {
            assertThat(finding.blocks()).isTrue();
            assertThat(finding.rule()).isEqualTo("cstd_tinh.consecutive_cstdcs");
            assertThat(finding.messageKey()).isEqualTo("eligibility.cstdTinh.consecutiveCstdcs");
            assertThat(finding.arguments()).containsExactly("Nguyễn Văn A", 2, "2022, 2023", 3);
        });
    }

    @Test
    void threeConsecutiveYearsEndingWithTheAchievementYearOrTheYearBeforePass() {
        assertThat(Eligibility.check(new Candidacy("B", "CSTD_TINH", 2024, cstdcs(2022, 2023, 2024), false),
                LAW_2022)).isEmpty();
        assertThat(Eligibility.check(new Candidacy("B", "CSTD_TINH", 2024, cstdcs(2021, 2022, 2023), false),
                LAW_2022)).isEmpty();
        // A run that ended two years ago is history, not a basis for this year's proposal.
        assertThat(Eligibility.check(new Candidacy("B", "CSTD_TINH", 2024, cstdcs(2019, 2020, 2021), false),
                LAW_2022)).singleElement().satisfies(f -> assertThat(f.arguments()).containsExactly("B", 0, "—", 3));
    }

    @Test
    void otherTitlesDoNotCountTowardsTheRun() {
        List<AwardEntry> mixed = List.of(new AwardEntry(2022, "LDTT"), new AwardEntry(2023, "CSTDCS"),
                new AwardEntry(2024, "CSTDCS"));
        assertThat(Eligibility.check(new Candidacy("C", "CSTD_TINH", 2024, mixed, false), LAW_2022))
                .singleElement().satisfies(f -> assertThat(f.arguments()).containsExactly("C", 2, "2023, 2024", 3));
    }

    @Test
    void theChairmansCertificateWithoutTwoGrassrootsYearsIsAWarningBecauseTheLawOffersAnotherRoute() {
        assertThat(Eligibility.check(new Candidacy("D", "BK_UBND", 2024, cstdcs(2024), false), LAW_2022))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.blocks()).isFalse();
                    assertThat(finding.messageKey()).isEqualTo("eligibility.bkUbnd.consecutiveCstdcs");
                    assertThat(finding.arguments()).containsExactly("D", 1, "2024", 2);
                });
        assertThat(Eligibility.check(new Candidacy("D", "BK_UBND", 2024, cstdcs(2023, 2024), false), LAW_2022))
                .isEmpty();
    }

    @Test
    void aNomineeUnderDisciplineIsBlockedForAnyTitle() {
        for (String title : List.of("LDTT", "CSTDCS", "CSTD_TINH", "BK_UBND")) {
            assertThat(Eligibility.check(new Candidacy("Lê Thị E", title, 2024, cstdcs(2021, 2022, 2023), true),
                    LAW_2022)).filteredOn(f -> f.rule().equals(DisciplineRule.RULE)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.blocks()).isTrue();
                        assertThat(f.arguments()).containsExactly("Lê Thị E");
                    });
        }
    }

    @Test
    void titlesWithoutARuleHereProduceNoFinding() {
        assertThat(Eligibility.check(new Candidacy("F", "LDTT", 2024, List.of(), false), LAW_2022)).isEmpty();
    }

    @Test
    void aRuleSetWithoutTheParameterARuleNeedsIsAConfigurationErrorNotAPass() {
        RuleSet incomplete = new RuleSet("thiếu tham số", LocalDate.of(2024, 1, 1), Map.of());
        assertThatThrownBy(() -> Eligibility.check(new Candidacy("G", "CSTD_TINH", 2024, List.of(), false),
                incomplete)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS);
    }

    @Test
    void aRuleSetWithAFutureEffectiveDateDoesNotJudgeTodaysProposals() {
        RuleSet draftRevision = new RuleSet("Dự thảo sửa đổi", LocalDate.of(2027, 1, 1),
                Map.of(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 2, Eligibility.BK_UBND_CONSECUTIVE_CSTDCS, 1));
        LocalDate today = LocalDate.of(2026, 11, 25);
        RuleSet inForce = RuleSets.inForceOn(today, List.of(LAW_2022, draftRevision)).orElseThrow();

        assertThat(inForce).isSameAs(LAW_2022);
        Candidacy twoYears = new Candidacy("H", "CSTD_TINH", 2026, cstdcs(2025, 2026), false);
        assertThat(Eligibility.check(twoYears, inForce)).hasSize(1);
        // From its effective date on, the revision judges the same dossier differently.
        RuleSet later = RuleSets.inForceOn(LocalDate.of(2027, 1, 1), List.of(LAW_2022, draftRevision)).orElseThrow();
        assertThat(Eligibility.check(twoYears, later)).isEmpty();
    }

    @Test
    void beforeTheFirstRuleSetNoneIsInForce() {
        assertThat(RuleSets.inForceOn(LocalDate.of(2023, 12, 31), List.of(LAW_2022))).isEmpty();
    }
}
