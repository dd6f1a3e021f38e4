package vn.tdkt.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.eligibility.AwardEntry;
import vn.tdkt.domain.eligibility.Candidacy;
import vn.tdkt.domain.eligibility.CitedInitiative;
import vn.tdkt.domain.eligibility.Dossier;
import vn.tdkt.domain.eligibility.Eligibility;
import vn.tdkt.domain.eligibility.Finding;
import vn.tdkt.domain.eligibility.Movement;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.eligibility.UnitQuota;
import vn.tdkt.domain.proposal.AttachmentKind;

/** A clerk reads each rule's finding as one Vietnamese sentence that names the rule and the evidence. */
class EligibilityMessagesTest {

    private static final List<String> TITLES = List.of("LDTT", "CSTT", "CSTDCS", "CSTD_TINH", "CSTD_TOAN_QUOC",
            "BK_UBND", "GIAY_KHEN", "TTLD_TIEN_TIEN", "TTLD_XUAT_SAC", "CO_THI_DUA_UBND");
    private static final RuleSet LAW_2022 = new RuleSet("Luật TĐKT 2022", LocalDate.of(2024, 1, 1), law2022(false));
    /** A rule set that requires every kind of attachment for every title, so that each kind's message shows. */
    private static final RuleSet EVERY_KIND_REQUIRED = new RuleSet("Mọi thành phần", LocalDate.of(2024, 1, 1),
            law2022(true));
    private static final Set<String> EVERY_KIND = Stream.of(AttachmentKind.values()).map(Enum::name)
            .collect(Collectors.toSet());
    private static final String CSTDCS_NAME = "Chiến sĩ thi đua cơ sở";

    private static Map<String, Integer> law2022(boolean everyKind) {
        Map<String, Integer> parameters = new TreeMap<>(Map.of(
                Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 3, Eligibility.BK_UBND_CONSECUTIVE_CSTDCS, 2,
                Eligibility.CSTD_TOAN_QUOC_CONSECUTIVE_CSTD_TINH, 2, Eligibility.CSTD_TINH_REQUIRED_INITIATIVES, 1,
                Eligibility.BK_UBND_REQUIRED_INITIATIVES, 2, Eligibility.CSTDCS_QUOTA_PERCENT, 15));
        for (String title : TITLES) {
            for (AttachmentKind kind : AttachmentKind.values()) {
                boolean required = everyKind || kind == AttachmentKind.SUBMISSION_LETTER
                        || kind == AttachmentKind.ACHIEVEMENT_REPORT;
                parameters.put(Eligibility.requiredAttachment(title, kind.name()), required ? 1 : 0);
            }
        }
        return parameters;
    }

    private static String text(Finding finding, String language) {
        return Messages.format(ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language)),
                finding.messageKey(), finding.arguments().toArray());
    }

    private static String vietnamese(Finding finding) {
        return text(finding, "vi");
    }

    private static Finding only(String rule, List<Finding> findings) {
        List<Finding> ofRule = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertThat(ofRule).hasSize(1);
        return ofRule.get(0);
    }

    private static Candidacy candidacy(String nominee, String titleCode, String titleName, List<AwardEntry> awards,
            CitedInitiative... initiatives) {
        return new Candidacy(nominee, titleCode, titleName, 2024, awards, false, List.of(initiatives));
    }

    private static Dossier dossier(List<Candidacy> candidacies, Set<String> attachments, Movement movement,
            UnitQuota quota, LocalDate submitted) {
        return new Dossier("Công an tỉnh", submitted, candidacies, attachments, movement, quota);
    }

    @Test
    void provincialFighterFinding() {
        Finding finding = only("cstd_tinh.consecutive_cstdcs", Eligibility.check(new Candidacy("Ông Nguyễn Văn A",
                "CSTD_TINH", 2024, List.of(new AwardEntry(2022, "CSTDCS"), new AwardEntry(2023, "CSTDCS")), false),
                LAW_2022));
        assertThat(vietnamese(finding)).isEqualTo("Ông Nguyễn Văn A chỉ có 2 năm liên tục đạt Chiến sĩ thi đua cơ sở "
                + "(2022, 2023); danh hiệu Chiến sĩ thi đua cấp tỉnh cần 3 năm liên tục (Luật Thi đua, khen thưởng "
                + "2022, Điều 22).");
    }

    @Test
    void chairmansCertificateFinding() {
        Finding finding = only("bk_ubnd.consecutive_cstdcs", Eligibility.check(new Candidacy("Bà Trần Thị B",
                "BK_UBND", 2024, List.of(), false), LAW_2022));
        assertThat(vietnamese(finding)).startsWith("Bà Trần Thị B chỉ có 0 năm liên tục đạt Chiến sĩ thi đua cơ sở "
                + "(—); Bằng khen của Chủ tịch UBND tỉnh cần 2 năm liên tục");
    }

    @Test
    void disciplineFinding() {
        Finding finding = Eligibility.check(new Candidacy("Ông Lê Văn C", "LDTT", 2024, List.of(), true), LAW_2022)
                .get(0);
        assertThat(vietnamese(finding)).isEqualTo("Ông Lê Văn C đang trong thời gian bị kỷ luật nên chưa được xét "
                + "khen thưởng (Nghị định 98/2023/NĐ-CP, Điều 4).");
    }

    @Test
    void nationalFighterFinding() {
        Finding finding = only("cstd_toan_quoc.consecutive_cstd_tinh", Eligibility.check(candidacy("Ông Phạm Văn G",
                "CSTD_TOAN_QUOC", "Chiến sĩ thi đua toàn quốc", List.of(new AwardEntry(2018, "CSTD_TINH"),
                        new AwardEntry(2024, "CSTD_TINH"))),
                LAW_2022));
        assertThat(vietnamese(finding)).isEqualTo("Ông Phạm Văn G chỉ có 1 lần liên tục đạt Chiến sĩ thi đua cấp tỉnh "
                + "(2024); danh hiệu Chiến sĩ thi đua toàn quốc cần 2 lần liên tục (Luật Thi đua, khen thưởng 2022, "
                + "Điều 21).");
    }

    @Test
    void requiredInitiativesFindings() {
        Finding provincial = only("cstd_tinh.required_initiatives", Eligibility.check(candidacy("Ông Nguyễn Văn A",
                "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", List.of()), LAW_2022));
        assertThat(vietnamese(provincial)).isEqualTo("Ông Nguyễn Văn A có 0 sáng kiến chưa dùng để xét tặng (—); danh "
                + "hiệu Chiến sĩ thi đua cấp tỉnh cần ít nhất 1 sáng kiến (Luật Thi đua, khen thưởng 2022, Điều 22).");

        Finding chairman = only("bk_ubnd.required_initiatives", Eligibility.check(candidacy("Bà Trần Thị B",
                "BK_UBND", "Bằng khen của Chủ tịch UBND tỉnh", List.of(),
                new CitedInitiative("Số hóa hồ sơ thi hành án", List.of())), LAW_2022));
        assertThat(vietnamese(chairman)).isEqualTo("Bà Trần Thị B có 1 sáng kiến chưa dùng để xét tặng (Số hóa hồ sơ "
                + "thi hành án); Bằng khen của Chủ tịch UBND tỉnh cần ít nhất 2 sáng kiến (Luật Thi đua, khen thưởng "
                + "2022, Điều 74).");
    }

    @Test
    void reusedInitiativeFinding() {
        Finding finding = only("initiative_not_reused", Eligibility.check(candidacy("Ông Võ Văn K", "CSTDCS",
                CSTDCS_NAME, List.of(), new CitedInitiative("Quy trình tiếp công dân",
                        List.of(new AwardEntry(2023, "CSTDCS", "45/QĐ-CA")))),
                LAW_2022));
        assertThat(vietnamese(finding)).isEqualTo("Ông Võ Văn K nêu sáng kiến \"Quy trình tiếp công dân\" đã được dùng "
                + "để xét tặng CSTDCS 2023; mỗi sáng kiến chỉ được dùng để xét tặng một lần (Luật Thi đua, khen "
                + "thưởng 2022, Điều 74; Nghị định 98/2023/NĐ-CP).");
    }

    @Test
    void oneAwardPerAchievementFindings() {
        Finding withDecision = only("one_award_per_achievement", Eligibility.check(candidacy("Ông Nguyễn Văn A",
                "CSTDCS", CSTDCS_NAME, List.of(new AwardEntry(2024, "CSTDCS", "123/QĐ-UBND"))), LAW_2022));
        assertThat(vietnamese(withDecision)).isEqualTo("Ông Nguyễn Văn A đã được tặng Chiến sĩ thi đua cơ sở cho thành "
                + "tích năm 2024 (Quyết định số 123/QĐ-UBND); mỗi thành tích chỉ được khen thưởng một hình thức "
                + "(Nghị định 98/2023/NĐ-CP, Điều 4).");

        Finding withoutDecision = only("one_award_per_achievement", Eligibility.check(candidacy("Ông Nguyễn Văn A",
                "CSTDCS", CSTDCS_NAME, List.of(new AwardEntry(2024, "CSTDCS"))), LAW_2022));
        assertThat(vietnamese(withoutDecision)).isEqualTo("Ông Nguyễn Văn A đã được tặng Chiến sĩ thi đua cơ sở cho "
                + "thành tích năm 2024 theo sổ khen thưởng; mỗi thành tích chỉ được khen thưởng một hình thức (Nghị "
                + "định 98/2023/NĐ-CP, Điều 4).");

        Candidacy grassroots = candidacy("Ông Nguyễn Văn A", "CSTDCS", CSTDCS_NAME, List.of());
        Finding twice = only("one_award_per_achievement", Eligibility.check(dossier(List.of(grassroots, grassroots),
                EVERY_KIND, null, null, LocalDate.of(2025, 3, 10)), LAW_2022));
        assertThat(vietnamese(twice)).isEqualTo("Ông Nguyễn Văn A được đề nghị 2 lần trong cùng hồ sơ cho Chiến sĩ thi "
                + "đua cơ sở, thành tích năm 2024; mỗi thành tích chỉ được khen thưởng một hình thức (Nghị định "
                + "98/2023/NĐ-CP, Điều 4).");
    }

    @Test
    void quotaFinding() {
        List<Candidacy> two = List.of(candidacy("Ông A", "CSTDCS", CSTDCS_NAME, List.of()),
                candidacy("Bà B", "CSTDCS", CSTDCS_NAME, List.of()));
        Finding finding = only("cstdcs.quota", Eligibility.check(dossier(two, EVERY_KIND, null,
                new UnitQuota(2024, 20, 2), LocalDate.of(2025, 3, 10)), LAW_2022));
        assertThat(vietnamese(finding)).isEqualTo("Công an tỉnh có 4 Chiến sĩ thi đua cơ sở năm 2024 (kể cả đã tặng và "
                + "đang đề nghị ở hồ sơ khác), vượt mức tối đa 3 người, tức 15% của 20 Lao động tiên tiến (tỷ lệ theo "
                + "bộ quy tắc xét tặng, Nghị định 98/2023/NĐ-CP).");
    }

    @Test
    void movementDeadlineFinding() {
        Finding finding = only("movement_deadline", Eligibility.check(dossier(List.of(), EVERY_KIND,
                new Movement("Tây Ninh chung sức xây dựng nông thôn mới", LocalDate.of(2025, 3, 15)), null,
                LocalDate.of(2025, 3, 16)), LAW_2022));
        assertThat(vietnamese(finding)).isEqualTo("Phong trào \"Tây Ninh chung sức xây dựng nông thôn mới\" nhận hồ sơ "
                + "đến hết ngày 15/03/2025; hồ sơ trình ngày 16/03/2025 đã quá hạn (thời hạn theo kế hoạch phát động "
                + "phong trào thi đua).");
    }

    @Test
    void everyAttachmentKindHasALabelAndAMissingAttachmentFinding() {
        List<Finding> missing = Eligibility.check(dossier(List.of(candidacy("Ông A", "CSTDCS", CSTDCS_NAME,
                List.of()), candidacy("Bà B", "LDTT", "Lao động tiên tiến", List.of())), Set.of(), null, null,
                LocalDate.of(2025, 3, 10)), EVERY_KIND_REQUIRED);
        ResourceBundle vi = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("vi"));

        assertThat(missing).hasSize(AttachmentKind.values().length);
        for (AttachmentKind kind : AttachmentKind.values()) {
            assertThat(vi.getString("attachmentKind." + kind)).isNotBlank();
            assertThat(missing).filteredOn(f -> f.messageKey().endsWith("." + kind)).singleElement()
                    .satisfies(finding -> assertThat(vietnamese(finding))
                            .startsWith("Hồ sơ của Công an tỉnh còn thiếu ")
                            .endsWith(", thành phần bắt buộc đối với Chiến sĩ thi đua cơ sở, Lao động tiên tiến "
                                    + "(Luật Thi đua, khen thưởng 2022, Điều 84)."));
        }
        assertThat(vi.getString("attachmentKind.MEETING_MINUTES")).isEqualTo("Biên bản họp xét");
        assertThat(missing).filteredOn(f -> f.messageKey().endsWith(".MEETING_MINUTES")).singleElement()
                .satisfies(finding -> assertThat(vietnamese(finding)).isEqualTo("Hồ sơ của Công an tỉnh còn thiếu biên "
                        + "bản họp xét kèm kết quả bỏ phiếu, thành phần bắt buộc đối với Chiến sĩ thi đua cơ sở, Lao "
                        + "động tiên tiến (Luật Thi đua, khen thưởng 2022, Điều 84)."));
    }

    @Test
    void everyFindingReadsAsASentenceInBothLanguages() {
        List<Candidacy> candidacies = new ArrayList<>(List.of(
                new Candidacy("Ông Lê Văn C", "LDTT", "Lao động tiên tiến", 2024,
                        List.of(new AwardEntry(2024, "LDTT", "9/QĐ-CA")), true, List.of()),
                candidacy("Ông Nguyễn Văn A", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", List.of(),
                        new CitedInitiative("Đã dùng", List.of(new AwardEntry(2023, "CSTDCS")))),
                candidacy("Bà Trần Thị B", "BK_UBND", "Bằng khen của Chủ tịch UBND tỉnh", List.of()),
                candidacy("Ông Phạm Văn G", "CSTD_TOAN_QUOC", "Chiến sĩ thi đua toàn quốc", List.of())));
        candidacies.add(candidacy("Bà D", "CSTDCS", CSTDCS_NAME, List.of(new AwardEntry(2024, "CSTDCS"))));
        candidacies.add(candidacy("Bà D", "CSTDCS", CSTDCS_NAME, List.of()));
        List<Finding> findings = Eligibility.check(dossier(candidacies, Set.of(),
                new Movement("Thi đua quyết thắng", LocalDate.of(2025, 3, 15)), new UnitQuota(2024, 1200, 500),
                LocalDate.of(2025, 3, 16)), EVERY_KIND_REQUIRED);

        // Every rule and every attachment kind once: 9 findings of the candidacies, 8 of the dossier.
        assertThat(findings).extracting(Finding::messageKey).hasSize(17).doesNotHaveDuplicates();
        for (Finding finding : findings) {
            for (String language : List.of("vi", "en")) {
                assertThat(ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language)).keySet())
                        .contains(finding.messageKey());
                String text = text(finding, language);
                assertThat(text).as(finding.messageKey() + " in " + language).doesNotContain("{", "}", "2.024",
                        "2,024").endsWith(".");
            }
        }
    }
}
