package vn.tdkt.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.eligibility.AwardEntry;
import vn.tdkt.domain.eligibility.Candidacy;
import vn.tdkt.domain.eligibility.Eligibility;
import vn.tdkt.domain.eligibility.Finding;
import vn.tdkt.domain.eligibility.RuleSet;

/** A clerk reads each rule's finding as one Vietnamese sentence that names the rule and the evidence. */
class EligibilityMessagesTest {

    private static final RuleSet LAW_2022 = new RuleSet("Luật TĐKT 2022", LocalDate.of(2024, 1, 1),
            Map.of(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 3, Eligibility.BK_UBND_CONSECUTIVE_CSTDCS, 2));

    private static String vietnamese(Finding finding) {
        return Messages.format(ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("vi")),
                finding.messageKey(), finding.arguments().toArray());
    }

    @Test
    void provincialFighterFinding() {
        Finding finding = Eligibility.check(new Candidacy("Ông Nguyễn Văn A", "CSTD_TINH", 2024, List.of(
                new AwardEntry(2022, "CSTDCS"), new AwardEntry(2023, "CSTDCS")), false), LAW_2022).get(0);
        assertThat(vietnamese(finding)).isEqualTo("Ông Nguyễn Văn A chỉ có 2 năm liên tục đạt Chiến sĩ thi đua cơ sở "
                + "(2022, 2023); danh hiệu Chiến sĩ thi đua cấp tỉnh cần 3 năm liên tục (Luật Thi đua, khen thưởng "
                + "2022, Điều 22).");
    }

    @Test
    void chairmansCertificateFinding() {
        Finding finding = Eligibility.check(new Candidacy("Bà Trần Thị B", "BK_UBND", 2024, List.of(), false),
                LAW_2022).get(0);
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
}
