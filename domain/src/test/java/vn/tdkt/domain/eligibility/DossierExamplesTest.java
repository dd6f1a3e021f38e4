package vn.tdkt.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** One example per rule on a whole dossier, with the evidence its finding names, and the cases that pass. */
class DossierExamplesTest {

    private static final RuleSet LAW_2022 = Law2022.ruleSet();
    private static final String UNIT = "Công an tỉnh";
    private static final LocalDate SUBMITTED = LocalDate.of(2025, 3, 10);
    private static final Set<String> EVERY_KIND = Set.copyOf(Law2022.KINDS);

    private static Candidacy grassroots(String nominee) {
        return new Candidacy(nominee, "CSTDCS", "Chiến sĩ thi đua cơ sở", 2024, List.of(), false, List.of());
    }

    private static Candidacy advancedWorker(String nominee) {
        return new Candidacy(nominee, "LDTT", "Lao động tiên tiến", 2024, List.of(), false, List.of());
    }

    private static Dossier dossier(List<Candidacy> candidacies, Set<String> attachments, Movement movement,
            UnitQuota quota) {
        return new Dossier(UNIT, SUBMITTED, candidacies, attachments, movement, quota);
    }

    private static List<Finding> check(Dossier dossier) {
        return Eligibility.check(dossier, LAW_2022);
    }

    @Test
    void aCompleteDossierInTimeAndWithinTheQuotaHasNoFinding() {
        Dossier complete = dossier(List.of(grassroots("Nguyễn Văn A"), advancedWorker("Trần Thị B")), EVERY_KIND,
                new Movement("Tây Ninh chung sức xây dựng nông thôn mới", LocalDate.of(2025, 3, 15)),
                new UnitQuota(2024, 20, 2));
        assertThat(check(complete)).isEmpty();
    }

    @Test
    void aDossierSubmittedAfterTheMovementsDeadlineIsBlockedNamingBothDates() {
        Movement movement = new Movement("Tây Ninh chung sức xây dựng nông thôn mới", LocalDate.of(2025, 3, 9));

        assertThat(check(dossier(List.of(advancedWorker("A")), EVERY_KIND, movement, null))).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
                    assertThat(finding.rule()).isEqualTo(MovementDeadlineRule.RULE).isEqualTo("movement_deadline");
                    assertThat(finding.messageKey()).isEqualTo("eligibility.movement.deadlinePassed");
                    assertThat(finding.arguments()).containsExactly("Tây Ninh chung sức xây dựng nông thôn mới",
                            "09/03/2025", "10/03/2025");
                });
    }

    @Test
    void aDossierOnTheDeadlineOrForAMovementWithoutOneIsInTime() {
        for (Movement movement : new Movement[] {new Movement("Thi đua quyết thắng", SUBMITTED),
            new Movement("Thi đua quyết thắng", null), null}) {
            assertThat(check(dossier(List.of(advancedWorker("A")), EVERY_KIND, movement, null))).isEmpty();
        }
    }

    @Test
    void eachMissingAttachmentKindIsBlockedNamingTheTitlesThatNeedIt() {
        Dossier onlyTheLetter = dossier(List.of(advancedWorker("A"), grassroots("B"), grassroots("C")),
                Set.of("SUBMISSION_LETTER", "OTHER"), null, null);

        assertThat(check(onlyTheLetter)).hasSize(2).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(finding.rule()).isEqualTo(RequiredAttachmentsRule.RULE).isEqualTo("required_attachments");
        }).satisfiesExactly(report -> {
            assertThat(report.messageKey()).isEqualTo("eligibility.missingAttachment.ACHIEVEMENT_REPORT");
            assertThat(report.arguments()).containsExactly(UNIT, "Chiến sĩ thi đua cơ sở, Lao động tiên tiến");
        }, minutes -> {
            assertThat(minutes.messageKey()).isEqualTo("eligibility.missingAttachment.MEETING_MINUTES");
            assertThat(minutes.arguments()).containsExactly(UNIT, "Chiến sĩ thi đua cơ sở");
        });
    }

    @Test
    void theInitiativeCertificateIsRequiredForTheHigherTitlesOnly() {
        Candidacy provincial = new Candidacy("D", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", 2024,
                List.of(new AwardEntry(2022, "CSTDCS"), new AwardEntry(2023, "CSTDCS"), new AwardEntry(2024, "CSTDCS")),
                false, List.of(new CitedInitiative("S", List.of())));
        Set<String> withoutCertificate = Set.of("SUBMISSION_LETTER", "ACHIEVEMENT_REPORT", "MEETING_MINUTES");

        assertThat(check(dossier(List.of(provincial), withoutCertificate, null, null))).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.messageKey()).isEqualTo("eligibility.missingAttachment.INITIATIVE_CERTIFICATE");
                    assertThat(finding.arguments()).containsExactly(UNIT, "Chiến sĩ thi đua cấp tỉnh");
                });
        assertThat(check(dossier(List.of(grassroots("E")), withoutCertificate, null, null))).isEmpty();
    }

    @Test
    void theChosenTitlesGiveTheChecklistOfAttachments() {
        assertThat(Eligibility.requiredAttachments(List.of("LDTT", "CSTD_TINH", "LDTT"), LAW_2022)).containsExactly(
                Map.entry("ACHIEVEMENT_REPORT", sorted("CSTD_TINH", "LDTT")),
                Map.entry("INITIATIVE_CERTIFICATE", sorted("CSTD_TINH")),
                Map.entry("MEETING_MINUTES", sorted("CSTD_TINH")),
                Map.entry("SUBMISSION_LETTER", sorted("CSTD_TINH", "LDTT")));
        // The bloc's minutes and vote for a Cờ thi đua.
        assertThat(Eligibility.requiredAttachments(List.of("CO_THI_DUA_UBND"), LAW_2022))
                .containsOnlyKeys("SUBMISSION_LETTER", "ACHIEVEMENT_REPORT", "MEETING_MINUTES");
        assertThat(Eligibility.requiredAttachments(List.of(), LAW_2022)).isEmpty();
    }

    @Test
    void aTitleTheRuleSetSaysNothingAboutIsAConfigurationError() {
        assertThatThrownBy(() -> Eligibility.requiredAttachments(List.of("LDTT", "HUAN_CHUONG"), LAW_2022))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("required_attachment.HUAN_CHUONG.*");
        RuleSet beforeV9 = new RuleSet("cũ", LocalDate.of(2024, 1, 1), Map.of(
                Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 3, Eligibility.BK_UBND_CONSECUTIVE_CSTDCS, 2));
        assertThatThrownBy(() -> Eligibility.check(dossier(List.of(advancedWorker("A")), EVERY_KIND, null, null),
                beforeV9)).isInstanceOf(IllegalStateException.class).hasMessageContaining("required_attachment.LDTT");
    }

    @Test
    void theSamePersonTitleAndYearTwiceInADossierIsBlockedWhateverTheSpelling() {
        String decomposed = Normalizer.normalize("nguyễn  văn a ", Normalizer.Form.NFD);
        Dossier twice = dossier(List.of(grassroots("Nguyễn Văn A"), advancedWorker("Nguyễn Văn A"),
                grassroots(decomposed), grassroots("Trần Thị B")), EVERY_KIND, null, null);

        assertThat(check(twice)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(finding.rule()).isEqualTo("one_award_per_achievement");
            assertThat(finding.messageKey()).isEqualTo("eligibility.oneAward.twiceInDossier");
            assertThat(finding.arguments()).containsExactly("Nguyễn Văn A", "Chiến sĩ thi đua cơ sở", "2024", 2);
        });
    }

    @Test
    void theSamePersonForAnotherYearIsAnotherAchievement() {
        Candidacy earlier = new Candidacy("Nguyễn Văn A", "CSTDCS", "Chiến sĩ thi đua cơ sở", 2023, List.of(), false,
                List.of());
        assertThat(check(dossier(List.of(grassroots("Nguyễn Văn A"), earlier), EVERY_KIND, null, null))).isEmpty();
    }

    @Test
    void grassrootsFightersAboveFifteenPercentOfTheAdvancedWorkersAreBlockedWithTheCount() {
        // 15 % of 20 LĐTT is 3; two proposed here and two elsewhere make 4.
        Dossier overQuota = dossier(List.of(grassroots("A"), grassroots("B"), advancedWorker("C")), EVERY_KIND, null,
                new UnitQuota(2024, 20, 2));

        assertThat(check(overQuota)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(finding.rule()).isEqualTo(GrassrootsFighterQuotaRule.RULE).isEqualTo("cstdcs.quota");
            assertThat(finding.messageKey()).isEqualTo("eligibility.cstdcs.quota");
            assertThat(finding.arguments()).containsExactly(UNIT, "2024", 4, 20, 3, 15);
        });
        assertThat(check(dossier(List.of(grassroots("A"), grassroots("B")), EVERY_KIND, null,
                new UnitQuota(2024, 20, 1)))).isEmpty();
    }

    @Test
    void theQuotaIsRoundedDown() {
        // 15 % of 19 is 2.85: at most 2.
        assertThat(check(dossier(List.of(grassroots("A")), EVERY_KIND, null, new UnitQuota(2024, 19, 2))))
                .singleElement().satisfies(f -> assertThat(f.arguments()).containsExactly(UNIT, "2024", 3, 19, 2, 15));
        assertThat(check(dossier(List.of(grassroots("A")), EVERY_KIND, null, new UnitQuota(2024, 19, 1))))
                .isEmpty();
    }

    @Test
    void theQuotaIsNotThisDossiersConcernWithoutItsOwnGrassrootsFightersOrFigures() {
        assertThat(check(dossier(List.of(advancedWorker("A")), EVERY_KIND, null, new UnitQuota(2024, 10, 9))))
                .isEmpty();
        Candidacy otherYear = new Candidacy("B", "CSTDCS", "Chiến sĩ thi đua cơ sở", 2023, List.of(), false,
                List.of());
        assertThat(check(dossier(List.of(otherYear), EVERY_KIND, null, new UnitQuota(2024, 10, 9)))).isEmpty();
        assertThat(check(dossier(List.of(grassroots("A"), grassroots("B")), EVERY_KIND, null, null))).isEmpty();
    }

    @Test
    void theQuotaPercentageIsData() {
        RuleSet army = new RuleSet("Quân đội", LocalDate.of(2024, 1, 1),
                Law2022.parametersWith(Map.of(Eligibility.CSTDCS_QUOTA_PERCENT, 10)));
        Dossier three = dossier(List.of(grassroots("A"), grassroots("B"), grassroots("C")), EVERY_KIND, null,
                new UnitQuota(2024, 20, 0));
        assertThat(Eligibility.check(three, LAW_2022)).isEmpty();
        assertThat(Eligibility.check(three, army)).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly(UNIT, "2024", 3, 20, 2, 10));
    }

    @Test
    void aDossierListsItsCandidaciesFindingsFirstThenItsOwn() {
        Candidacy disciplined = new Candidacy("Lê Văn C", "LDTT", "Lao động tiên tiến", 2024, List.of(), true,
                List.of());
        Dossier dossier = new Dossier(UNIT, SUBMITTED, List.of(advancedWorker("A"), disciplined),
                Set.of("ACHIEVEMENT_REPORT"), new Movement("Thi đua quyết thắng", LocalDate.of(2025, 1, 31)), null);

        assertThat(check(dossier)).extracting(Finding::rule, Finding::messageKey).containsExactly(
                tuple("discipline", "eligibility.discipline"),
                tuple("movement_deadline", "eligibility.movement.deadlinePassed"),
                tuple("required_attachments",
                        "eligibility.missingAttachment.SUBMISSION_LETTER"));
    }

    private static SortedSet<String> sorted(String... codes) {
        return new TreeSet<>(List.of(codes));
    }
}
