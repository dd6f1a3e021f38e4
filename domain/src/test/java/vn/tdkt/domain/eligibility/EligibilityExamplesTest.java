package vn.tdkt.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One example per rule on a candidacy, with the evidence its finding names, and the cases that pass. */
class EligibilityExamplesTest {

    static final RuleSet LAW_2022 = Law2022.ruleSet();

    private static List<AwardEntry> awards(String titleCode, int... years) {
        return Arrays.stream(years).mapToObj(year -> new AwardEntry(year, titleCode)).toList();
    }

    private static List<AwardEntry> cstdcs(int... years) {
        return awards("CSTDCS", years);
    }

    private static CitedInitiative unused(String name) {
        return new CitedInitiative(name, List.of());
    }

    private static Candidacy candidacy(String nominee, String titleCode, String titleName, int year,
            List<AwardEntry> awards, CitedInitiative... initiatives) {
        return new Candidacy(nominee, titleCode, titleName, year, awards, false, List.of(initiatives));
    }

    private static List<Finding> findingsOf(String rule, Candidacy candidacy) {
        return Eligibility.check(candidacy, LAW_2022).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aCollectiveIsNotJudgedByAPersonsConditionsButStillByOneAwardPerAchievement() {
        Candidacy collective = new Candidacy("Công an tỉnh", "BK_UBND", "Bằng khen của Chủ tịch UBND tỉnh", 2025,
                List.of(), false, List.of(), false);
        assertThat(Eligibility.check(collective, LAW_2022)).isEmpty();

        Candidacy again = new Candidacy("Công an tỉnh", "BK_UBND", "Bằng khen của Chủ tịch UBND tỉnh", 2024,
                List.of(new AwardEntry(2024, "BK_UBND", "846/QĐ-UBND")), false, List.of(), false);
        assertThat(Eligibility.check(again, LAW_2022)).extracting(Finding::rule)
                .containsExactly("one_award_per_achievement");
    }

    @Test
    void provincialFighterNeedsThreeConsecutiveGrassrootsYearsAndTheFindingNamesThem() {
        Candidacy twoYears = candidacy("Nguyễn Văn A", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", 2024,
                cstdcs(2020, 2022, 2023), unused("Phần mềm quản lý hồ sơ"));

        assertThat(Eligibility.check(twoYears, LAW_2022)).singleElement().satisfies(finding -> {
            assertThat(finding.blocks()).isTrue();
            assertThat(finding.rule()).isEqualTo("cstd_tinh.consecutive_cstdcs");
            assertThat(finding.messageKey()).isEqualTo("eligibility.cstdTinh.consecutiveCstdcs");
            assertThat(finding.arguments()).containsExactly("Nguyễn Văn A", 2, "2022, 2023", 3);
        });
    }

    @Test
    void threeConsecutiveYearsEndingWithTheAchievementYearOrTheYearBeforePass() {
        String rule = "cstd_tinh.consecutive_cstdcs";
        assertThat(findingsOf(rule, new Candidacy("B", "CSTD_TINH", 2024, cstdcs(2022, 2023, 2024), false)))
                .isEmpty();
        assertThat(findingsOf(rule, new Candidacy("B", "CSTD_TINH", 2024, cstdcs(2021, 2022, 2023), false)))
                .isEmpty();
        // A run that ended two years ago is history, not a basis for this year's proposal.
        assertThat(findingsOf(rule, new Candidacy("B", "CSTD_TINH", 2024, cstdcs(2019, 2020, 2021), false)))
                .singleElement().satisfies(f -> assertThat(f.arguments()).containsExactly("B", 0, "—", 3));
    }

    @Test
    void otherTitlesDoNotCountTowardsTheRun() {
        List<AwardEntry> mixed = List.of(new AwardEntry(2022, "LDTT"), new AwardEntry(2023, "CSTDCS"),
                new AwardEntry(2024, "CSTDCS"));
        assertThat(findingsOf("cstd_tinh.consecutive_cstdcs", new Candidacy("C", "CSTD_TINH", 2024, mixed, false)))
                .singleElement().satisfies(f -> assertThat(f.arguments()).containsExactly("C", 2, "2023, 2024", 3));
    }

    @Test
    void theChairmansCertificateWithoutTwoGrassrootsYearsIsAWarningBecauseTheLawOffersAnotherRoute() {
        CitedInitiative[] two = {unused("Sáng kiến 1"), unused("Sáng kiến 2")};
        assertThat(Eligibility.check(candidacy("D", "BK_UBND", "Bằng khen", 2024, cstdcs(2024), two), LAW_2022))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.blocks()).isFalse();
                    assertThat(finding.messageKey()).isEqualTo("eligibility.bkUbnd.consecutiveCstdcs");
                    assertThat(finding.arguments()).containsExactly("D", 1, "2024", 2);
                });
        assertThat(Eligibility.check(candidacy("D", "BK_UBND", "Bằng khen", 2024, cstdcs(2023, 2024), two),
                LAW_2022)).isEmpty();
    }

    @Test
    void aNationalFighterNeedsTwoConsecutiveProvincialAwardsEachCoveringThreeYears() {
        String rule = "cstd_toan_quoc.consecutive_cstd_tinh";
        // CSTĐ cấp tỉnh crowns three CSTĐCS years, so the next one comes three years later: 2021 and 2024 are
        // two consecutive awards ("2 lần liên tục"), whatever lies between.
        assertThat(findingsOf(rule, candidacy("Phạm Văn G", "CSTD_TOAN_QUOC", "Chiến sĩ thi đua toàn quốc", 2024,
                awards("CSTD_TINH", 2021, 2024)))).isEmpty();
        assertThat(findingsOf(rule, candidacy("Phạm Văn G", "CSTD_TOAN_QUOC", "Chiến sĩ thi đua toàn quốc", 2025,
                awards("CSTD_TINH", 2021, 2024)))).isEmpty();

        // A cycle without the provincial title (2018 → 2024) breaks the run.
        assertThat(findingsOf(rule, candidacy("Phạm Văn G", "CSTD_TOAN_QUOC", "Chiến sĩ thi đua toàn quốc", 2024,
                awards("CSTD_TINH", 2018, 2024)))).singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
                    assertThat(finding.messageKey()).isEqualTo("eligibility.cstdToanQuoc.consecutiveCstdTinh");
                    assertThat(finding.arguments()).containsExactly("Phạm Văn G", 1, "2024", 2);
                });
        // Grassroots years are not provincial awards.
        assertThat(findingsOf(rule, candidacy("H", "CSTD_TOAN_QUOC", "CSTĐ toàn quốc", 2024,
                cstdcs(2019, 2020, 2021, 2022, 2023, 2024)))).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("H", 0, "—", 2));
    }

    @Test
    void aNomineeUnderDisciplineIsBlockedForAnyTitle() {
        for (String title : List.of("LDTT", "CSTDCS", "CSTD_TINH", "BK_UBND", "CSTD_TOAN_QUOC")) {
            assertThat(Eligibility.check(new Candidacy("Lê Thị E", title, 2024, cstdcs(2021, 2022, 2023), true),
                    LAW_2022)).filteredOn(f -> f.rule().equals(DisciplineRule.RULE)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.blocks()).isTrue();
                        assertThat(f.messageKey()).isEqualTo("eligibility.discipline");
                        assertThat(f.arguments()).containsExactly("Lê Thị E");
                    });
        }
    }

    @Test
    void theSameTitleForAnAchievementYearTheRegisterAlreadyShowsIsBlockedCitingTheDecision() {
        Candidacy again = candidacy("Nguyễn Văn A", "CSTDCS", "Chiến sĩ thi đua cơ sở", 2024,
                List.of(new AwardEntry(2024, "LDTT", "12/QĐ-CA"), new AwardEntry(2024, "CSTDCS", "123/QĐ-UBND")));

        assertThat(Eligibility.check(again, LAW_2022)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(finding.rule()).isEqualTo(OneAwardPerAchievementRule.RULE)
                    .isEqualTo("one_award_per_achievement");
            assertThat(finding.messageKey()).isEqualTo("eligibility.oneAward.inRegister");
            assertThat(finding.arguments()).containsExactly("Nguyễn Văn A", "Chiến sĩ thi đua cơ sở", "2024",
                    "123/QĐ-UBND");
        });
    }

    @Test
    void aRegisterLineWithoutDecisionNumberIsCitedAsTheRegister() {
        Candidacy again = candidacy("Trần Thị B", "LDTT", "Lao động tiên tiến", 2023,
                List.of(new AwardEntry(2023, "LDTT")));

        assertThat(Eligibility.check(again, LAW_2022)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(finding.rule()).isEqualTo("one_award_per_achievement");
            assertThat(finding.messageKey()).isEqualTo("eligibility.oneAward.inRegisterWithoutDecision");
            assertThat(finding.arguments()).containsExactly("Trần Thị B", "Lao động tiên tiến", "2023");
        });
    }

    @Test
    void theSameTitleForAnotherYearOrAnotherTitleForTheSameYearIsNoSecondAward() {
        // CSTĐCS presupposes LĐTT of the same year: two titles, two achievements' recognition, both lawful.
        assertThat(Eligibility.check(candidacy("A", "CSTDCS", "CSTĐCS", 2024,
                List.of(new AwardEntry(2024, "LDTT", "1/QĐ"), new AwardEntry(2023, "CSTDCS", "2/QĐ"))), LAW_2022))
                .isEmpty();
    }

    @Test
    void eachCitedInitiativeAlreadyUsedForAnAwardIsBlockedNamingThoseAwards() {
        Candidacy candidacy = candidacy("Võ Văn K", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", 2024,
                cstdcs(2022, 2023, 2024), unused("Phần mềm quản lý hồ sơ"),
                new CitedInitiative("Quy trình tiếp công dân", List.of(new AwardEntry(2023, "CSTDCS", "45/QĐ-CA"),
                        new AwardEntry(2022, "LDTT"))),
                new CitedInitiative("Sổ tay nghiệp vụ", List.of(new AwardEntry(2021, "GIAY_KHEN"))));

        assertThat(Eligibility.check(candidacy, LAW_2022)).hasSize(2).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(finding.rule()).isEqualTo(InitiativeNotReusedRule.RULE).isEqualTo("initiative_not_reused");
            assertThat(finding.messageKey()).isEqualTo("eligibility.initiative.alreadyUsed");
        }).extracting(Finding::arguments).containsExactly(
                List.of("Võ Văn K", "Quy trình tiếp công dân", "LDTT 2022, CSTDCS 2023"),
                List.of("Võ Văn K", "Sổ tay nghiệp vụ", "GIAY_KHEN 2021"));
    }

    @Test
    void initiativesNotYetUsedPassForAnyTitle() {
        for (String title : List.of("CSTDCS", "LDTT", "GIAY_KHEN")) {
            assertThat(Eligibility.check(candidacy("L", title, title, 2024, List.of(), unused("Sáng kiến X")),
                    LAW_2022)).isEmpty();
        }
    }

    @Test
    void aProvincialFighterNeedsAnInitiativeNotYetUsed() {
        Candidacy without = candidacy("Đặng Thị M", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", 2024,
                cstdcs(2022, 2023, 2024));
        assertThat(findingsOf("cstd_tinh.required_initiatives", without)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(finding.messageKey()).isEqualTo("eligibility.cstdTinh.requiredInitiatives");
            assertThat(finding.arguments()).containsExactly("Đặng Thị M", 0, "—", 1);
        });

        // A reused initiative is reported by its own rule and does not count here.
        Candidacy reused = candidacy("Đặng Thị M", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", 2024,
                cstdcs(2022, 2023, 2024), new CitedInitiative("Cũ", List.of(new AwardEntry(2023, "CSTDCS"))));
        assertThat(Eligibility.check(reused, LAW_2022)).extracting(Finding::rule)
                .containsExactly("initiative_not_reused", "cstd_tinh.required_initiatives");

        assertThat(Eligibility.check(candidacy("Đặng Thị M", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", 2024,
                cstdcs(2022, 2023, 2024), unused("Mới")), LAW_2022)).isEmpty();
    }

    @Test
    void theChairmansCertificateNeedsTwoInitiativesAndTheSameOneCitedTwiceCountsOnce() {
        Candidacy candidacy = candidacy("Bùi Văn N", "BK_UBND", "Bằng khen của Chủ tịch UBND tỉnh", 2024,
                cstdcs(2023, 2024), unused("Cải tiến kho, lưu trữ"), unused("  cải tiến kho,  lưu trữ "),
                new CitedInitiative("Đã dùng", List.of(new AwardEntry(2023, "CSTDCS"))));

        assertThat(findingsOf("bk_ubnd.required_initiatives", candidacy)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(finding.messageKey()).isEqualTo("eligibility.bkUbnd.requiredInitiatives");
            assertThat(finding.arguments()).containsExactly("Bùi Văn N", 1, "Cải tiến kho, lưu trữ", 2);
        });
        assertThat(Eligibility.check(candidacy("Bùi Văn N", "BK_UBND", "Bằng khen", 2024, cstdcs(2023, 2024),
                unused("Một"), unused("Hai")), LAW_2022)).isEmpty();
    }

    @Test
    void titlesWithoutARuleHereProduceNoFinding() {
        assertThat(Eligibility.check(new Candidacy("F", "LDTT", 2024, List.of(), false), LAW_2022)).isEmpty();
    }

    @Test
    void theShortConstructorsKeepTheirMeaning() {
        Candidacy candidacy = new Candidacy("F", "LDTT", 2024, List.of(new AwardEntry(2023, "LDTT")), false);
        assertThat(candidacy.proposedTitleName()).isEqualTo("LDTT");
        assertThat(candidacy.initiatives()).isEmpty();
        assertThat(candidacy.awards().get(0).decisionNumber()).isNull();
    }

    @Test
    void aRuleSetWithoutTheParameterARuleNeedsIsAConfigurationErrorNotAPass() {
        RuleSet incomplete = new RuleSet("thiếu tham số", LocalDate.of(2024, 1, 1), Map.of());
        assertThatThrownBy(() -> Eligibility.check(new Candidacy("G", "CSTD_TINH", 2024, List.of(), false),
                incomplete)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS);
        Map<String, Integer> withoutNational = Law2022.parameters();
        withoutNational.remove(Eligibility.CSTD_TOAN_QUOC_CONSECUTIVE_CSTD_TINH);
        assertThatThrownBy(() -> Eligibility.check(new Candidacy("G", "CSTD_TOAN_QUOC", 2024, List.of(), false),
                new RuleSet("cũ", LocalDate.of(2024, 1, 1), withoutNational)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Eligibility.CSTD_TOAN_QUOC_CONSECUTIVE_CSTD_TINH);
        Map<String, Integer> withoutInitiatives = Law2022.parameters();
        withoutInitiatives.remove(Eligibility.BK_UBND_REQUIRED_INITIATIVES);
        assertThatThrownBy(() -> Eligibility.check(new Candidacy("G", "BK_UBND", 2024, List.of(), false),
                new RuleSet("cũ", LocalDate.of(2024, 1, 1), withoutInitiatives)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Eligibility.BK_UBND_REQUIRED_INITIATIVES);
    }

    @Test
    void aRuleSetWithAFutureEffectiveDateDoesNotJudgeTodaysProposals() {
        RuleSet draftRevision = new RuleSet("Dự thảo sửa đổi", LocalDate.of(2027, 1, 1), Law2022.parametersWith(
                Map.of(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 2, Eligibility.BK_UBND_CONSECUTIVE_CSTDCS, 1)));
        LocalDate today = LocalDate.of(2026, 11, 25);
        RuleSet inForce = RuleSets.inForceOn(today, List.of(LAW_2022, draftRevision)).orElseThrow();

        assertThat(inForce).isSameAs(LAW_2022);
        Candidacy twoYears = candidacy("H", "CSTD_TINH", "CSTĐ cấp tỉnh", 2026, cstdcs(2025, 2026), unused("S"));
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
