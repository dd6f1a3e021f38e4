package vn.tdkt.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.eligibility.RuleSet;

/** The amounts of brief §3 from the parameters of Decree 152/2025 and the base salary of Decree 73/2024. */
class RewardScheduleTest {

    private static final BaseSalary SINCE_JULY_2024 = new BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000,
            "Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2");

    private final Title cstdTinh = TestUnits.title(4, "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", "x", true);
    private final Title ldtt = TestUnits.title(1, "LDTT", "Lao động tiên tiến", "x", true);
    private final Title ttldtt = TestUnits.collectiveTitle(8, "TTLD_TIEN_TIEN", "Tập thể lao động tiên tiến");
    private final Title bangKhen = TestUnits.titleForEveryKind(5, "BK_UBND", "Bằng khen của Chủ tịch UBND tỉnh");

    private static RuleSet decree152(boolean roundUp) {
        Map<String, Integer> parameters = new HashMap<>(Map.of(
                "reward.coefficient.CSTD_TINH.INDIVIDUAL", 300,
                "reward.coefficient.LDTT.INDIVIDUAL", 30,
                "reward.coefficient.TTLD_TIEN_TIEN.COLLECTIVE", 80,
                "reward.coefficient.BK_UBND.INDIVIDUAL", 150,
                "reward.coefficient.BK_UBND.COLLECTIVE", 300,
                "reward.coefficient.BK_UBND.HOUSEHOLD", 225,
                "reward.rounding_unit", 10_000));
        parameters.put("reward.round_up", roundUp ? 1 : 0);
        return new RuleSet("Nghị định 152/2025/NĐ-CP", LocalDate.of(2025, 7, 1), parameters);
    }

    @Test
    void amountsAreTheCoefficientTimesTheBaseSalaryRoundedUpToTensOfThousands() {
        RewardSchedule schedule = RewardSchedule.of(decree152(true), SINCE_JULY_2024);

        assertThat(schedule.amount(cstdTinh, NomineeKind.INDIVIDUAL)).hasValue(7_020_000);
        assertThat(schedule.amount(ldtt, NomineeKind.INDIVIDUAL)).as("0.3 × 2,340,000 = 702,000").hasValue(710_000);
        assertThat(schedule.amount(ttldtt, NomineeKind.COLLECTIVE)).as("1,872,000").hasValue(1_880_000);
        assertThat(schedule.amount(bangKhen, NomineeKind.INDIVIDUAL)).hasValue(3_510_000);
        assertThat(schedule.amount(bangKhen, NomineeKind.COLLECTIVE)).hasValue(7_020_000);
        assertThat(schedule.amount(bangKhen, NomineeKind.HOUSEHOLD)).as("2.25 × 2,340,000 = 5,265,000")
                .hasValue(5_270_000);
    }

    @Test
    void roundingIsAParameterAndAnUnstatedFormHasNoAmount() {
        RewardSchedule down = RewardSchedule.of(decree152(false), SINCE_JULY_2024);
        assertThat(down.amount(ldtt, NomineeKind.INDIVIDUAL)).hasValue(700_000);

        assertThat(down.amount(cstdTinh, NomineeKind.COLLECTIVE)).isEqualTo(OptionalLong.empty());
        assertThat(RewardSchedule.of(decree152(true), null).amount(ldtt, NomineeKind.INDIVIDUAL)).isEmpty();
    }

    @Test
    void theBaseSalaryInForceMakesTheDifference() {
        BaseSalary july2023 = new BaseSalary(LocalDate.of(2023, 7, 1), 1_800_000, "Nghị định 24/2023/NĐ-CP");
        assertThat(RewardSchedule.of(decree152(true), july2023).amount(ldtt, NomineeKind.INDIVIDUAL))
                .hasValue(540_000);
    }
}
