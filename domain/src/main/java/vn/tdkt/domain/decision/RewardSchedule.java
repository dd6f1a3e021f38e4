package vn.tdkt.domain.decision;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.eligibility.RuleSet;

/**
 * The reward amounts (tiền thưởng) a decision states, from the rule set in force on its date and the base salary
 * then: coefficient × base salary, rounded to a multiple of the set's rounding unit (up or down, as the set says:
 * the decrees say "làm tròn số lên hàng chục nghìn đồng", an older worked example rounds down). A title or form the
 * set names no coefficient for has no stated amount; a decision keeps the figures it was issued with, so a new
 * decree changes later decisions only.
 */
public final class RewardSchedule {

    /** The prefix of the coefficients' names: {@code reward.coefficient.<title code>.<kind of nominee>}. */
    public static final String COEFFICIENT = "reward.coefficient.";
    private static final String ROUNDING_UNIT = "reward.rounding_unit";
    private static final String ROUND_UP = "reward.round_up";

    private final Long ruleSetId;
    private final Map<String, Integer> parameters;
    private final Long baseSalary;

    private RewardSchedule(Long ruleSetId, Map<String, Integer> parameters, Long baseSalary) {
        this.ruleSetId = ruleSetId;
        this.parameters = Map.copyOf(parameters);
        this.baseSalary = baseSalary;
    }

    /** The schedule of {@code set} with the base salary in force ({@code null} when none is recorded). */
    public static RewardSchedule of(RuleSet set, BaseSalary salary) {
        return new RewardSchedule(set.getId(), set.getParameters(), salary == null ? null : salary.getAmount());
    }

    /** The amount for a nominee of {@code kind} receiving {@code title}, in đồng; empty when the set states none. */
    public OptionalLong amount(Title title, NomineeKind kind) {
        Integer hundredths = parameters.get(COEFFICIENT + title.getCode() + "." + Objects.requireNonNull(kind));
        if (hundredths == null || baseSalary == null) {
            return OptionalLong.empty();
        }
        long unit = Math.max(1, parameters.getOrDefault(ROUNDING_UNIT, 1));
        // In hundredths of a đồng, so that 0.3 × 2,340,000 is exact before rounding.
        long exact = Math.multiplyExact(baseSalary, (long) hundredths);
        long step = unit * 100;
        long steps = parameters.getOrDefault(ROUND_UP, 1) == 1 ? (exact + step - 1) / step : exact / step;
        return OptionalLong.of(steps * unit);
    }

    /** The rule set the amounts come from. */
    public Long getRuleSetId() {
        return ruleSetId;
    }

    public Long getBaseSalary() {
        return baseSalary;
    }
}
