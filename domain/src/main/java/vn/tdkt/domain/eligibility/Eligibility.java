package vn.tdkt.domain.eligibility;

import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Stream;

/**
 * The rules of the law that the product checks (điều kiện xét tặng), on one candidacy or on a whole dossier, and
 * their evaluation against the rule set in force.
 */
public final class Eligibility {

    /** Parameter: consecutive CSTĐCS years required for Chiến sĩ thi đua cấp tỉnh; also the years one award covers. */
    public static final String CSTD_TINH_CONSECUTIVE_CSTDCS = "cstd_tinh.consecutive_cstdcs_years";
    /** Parameter: consecutive CSTĐCS years required for Bằng khen của Chủ tịch UBND tỉnh. */
    public static final String BK_UBND_CONSECUTIVE_CSTDCS = "bk_ubnd.consecutive_cstdcs_years";
    /**
     * Parameter: consecutive awards of Chiến sĩ thi đua cấp tỉnh required for Chiến sĩ thi đua toàn quốc ("2 lần
     * liên tục"). Each award covers a cycle of {@link #CSTD_TINH_CONSECUTIVE_CSTDCS} years, so consecutive awards
     * lie that many years apart, not in consecutive years.
     */
    public static final String CSTD_TOAN_QUOC_CONSECUTIVE_CSTD_TINH = "cstd_toan_quoc.consecutive_cstd_tinh_years";
    /** Parameter: initiatives not yet used for an award that Chiến sĩ thi đua cấp tỉnh requires. */
    public static final String CSTD_TINH_REQUIRED_INITIATIVES = "cstd_tinh.required_initiatives";
    /** Parameter: initiatives not yet used for an award that Bằng khen của Chủ tịch UBND tỉnh requires. */
    public static final String BK_UBND_REQUIRED_INITIATIVES = "bk_ubnd.required_initiatives";
    /** Parameter: the most Chiến sĩ thi đua cơ sở a unit may have in a year, in percent of its Lao động tiên tiến. */
    public static final String CSTDCS_QUOTA_PERCENT = "cstdcs.quota_percent";
    /** The start of the parameters {@code required_attachment.<TITLE_CODE>.<KIND>}: 1 when required, 0 when not. */
    public static final String REQUIRED_ATTACHMENT_PREFIX = "required_attachment.";

    private static final OneAwardPerAchievementRule ONE_AWARD_PER_ACHIEVEMENT = new OneAwardPerAchievementRule();

    private static final List<EligibilityRule> CANDIDACY_RULES = List.of(
            new DisciplineRule(),
            ONE_AWARD_PER_ACHIEVEMENT,
            new ConsecutiveTitleRule("cstd_tinh.consecutive_cstdcs", "CSTD_TINH", "CSTDCS",
                    CSTD_TINH_CONSECUTIVE_CSTDCS, "eligibility.cstdTinh.consecutiveCstdcs", Finding.Severity.ERROR),
            new ConsecutiveTitleRule("bk_ubnd.consecutive_cstdcs", "BK_UBND", "CSTDCS",
                    BK_UBND_CONSECUTIVE_CSTDCS, "eligibility.bkUbnd.consecutiveCstdcs", Finding.Severity.WARNING),
            new ConsecutiveTitleRule("cstd_toan_quoc.consecutive_cstd_tinh", "CSTD_TOAN_QUOC", "CSTD_TINH",
                    CSTD_TOAN_QUOC_CONSECUTIVE_CSTD_TINH, "eligibility.cstdToanQuoc.consecutiveCstdTinh",
                    Finding.Severity.ERROR, CSTD_TINH_CONSECUTIVE_CSTDCS),
            new InitiativeNotReusedRule(),
            new RequiredInitiativesRule("cstd_tinh.required_initiatives", "CSTD_TINH",
                    CSTD_TINH_REQUIRED_INITIATIVES, "eligibility.cstdTinh.requiredInitiatives"),
            new RequiredInitiativesRule("bk_ubnd.required_initiatives", "BK_UBND",
                    BK_UBND_REQUIRED_INITIATIVES, "eligibility.bkUbnd.requiredInitiatives"));

    private static final List<DossierRule> DOSSIER_RULES = List.of(
            new MovementDeadlineRule(),
            new RequiredAttachmentsRule(),
            ONE_AWARD_PER_ACHIEVEMENT,
            new GrassrootsFighterQuotaRule());

    private Eligibility() {
    }

    /** The parameter that says whether a title needs an attachment kind (a name of the dossier's attachment kinds). */
    public static String requiredAttachment(String titleCode, String kind) {
        return REQUIRED_ATTACHMENT_PREFIX + titleCode + "." + kind;
    }

    /** Every finding of every rule for the candidacy, under the given rule set. */
    public static List<Finding> check(Candidacy candidacy, RuleSet ruleSet) {
        return CANDIDACY_RULES.stream().flatMap(rule -> rule.check(candidacy, ruleSet).stream()).toList();
    }

    /**
     * Every finding for a dossier under the given rule set: those of each candidacy, in the dossier's order, then
     * those of the dossier as a whole.
     */
    public static List<Finding> check(Dossier dossier, RuleSet ruleSet) {
        return Stream.concat(
                dossier.candidacies().stream().flatMap(candidacy -> check(candidacy, ruleSet).stream()),
                DOSSIER_RULES.stream().flatMap(rule -> rule.check(dossier, ruleSet).stream())).toList();
    }

    /**
     * What the chosen titles require the dossier to hold: each attachment kind (a name of the dossier's attachment
     * kinds) with the codes of the titles that need it, both in name order. The dossier form shows it as a
     * checklist, ticked as the files arrive.
     */
    public static SortedMap<String, SortedSet<String>> requiredAttachments(Collection<String> titleCodes,
            RuleSet ruleSet) {
        return RequiredAttachmentsRule.required(titleCodes, ruleSet);
    }
}
