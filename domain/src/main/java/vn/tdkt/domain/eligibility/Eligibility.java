package vn.tdkt.domain.eligibility;

import java.util.List;
import java.util.Optional;

/** The rules of the law that the product checks, and their evaluation against the rule set in force. */
public final class Eligibility {

    /** Parameter: consecutive CSTĐCS years required for Chiến sĩ thi đua cấp tỉnh. */
    public static final String CSTD_TINH_CONSECUTIVE_CSTDCS = "cstd_tinh.consecutive_cstdcs_years";
    /** Parameter: consecutive CSTĐCS years required for Bằng khen của Chủ tịch UBND tỉnh. */
    public static final String BK_UBND_CONSECUTIVE_CSTDCS = "bk_ubnd.consecutive_cstdcs_years";

    private static final List<EligibilityRule> RULES = List.of(
            new DisciplineRule(),
            new ConsecutiveTitleRule("cstd_tinh.consecutive_cstdcs", "CSTD_TINH", "CSTDCS",
                    CSTD_TINH_CONSECUTIVE_CSTDCS, "eligibility.cstdTinh.consecutiveCstdcs", Finding.Severity.ERROR),
            new ConsecutiveTitleRule("bk_ubnd.consecutive_cstdcs", "BK_UBND", "CSTDCS",
                    BK_UBND_CONSECUTIVE_CSTDCS, "eligibility.bkUbnd.consecutiveCstdcs", Finding.Severity.WARNING));

    private Eligibility() {
    }

    /** Every finding of every rule for the candidacy, under the given rule set. */
    public static List<Finding> check(Candidacy candidacy, RuleSet ruleSet) {
        return RULES.stream().map(rule -> rule.check(candidacy, ruleSet)).flatMap(Optional::stream).toList();
    }
}
