package vn.tdkt.domain.eligibility;

import java.util.List;

/**
 * The quota of Chiến sĩ thi đua cơ sở per unit and year (tỷ lệ CSTĐCS): at most a percentage of the unit's Lao động
 * tiên tiến for that year, rounded down, counting this dossier's CSTĐCS together with those already awarded or
 * proposed elsewhere in the unit. The percentage is data, the rule set's parameter: 15 % in the provincial practice
 * under Decree 98/2023 (as under the decrees before it), 10 % in the army, and open to change. Applies only to a
 * dossier that proposes CSTĐCS for the quota's year, and is skipped when the caller has no figures for the unit.
 */
public final class GrassrootsFighterQuotaRule implements DossierRule {

    public static final String RULE = "cstdcs.quota";
    static final String TITLE_CODE = "CSTDCS";

    @Override
    public List<Finding> check(Dossier dossier, RuleSet ruleSet) {
        UnitQuota quota = dossier.quota();
        if (quota == null) {
            return List.of();
        }
        long proposedHere = dossier.candidacies().stream()
                .filter(candidacy -> TITLE_CODE.equals(candidacy.proposedTitleCode()))
                .filter(candidacy -> candidacy.achievementYear() == quota.year())
                .count();
        if (proposedHere == 0) {
            // A unit already over its quota is not this dossier's doing when it proposes no CSTĐCS.
            return List.of();
        }
        int percent = ruleSet.parameter(Eligibility.CSTDCS_QUOTA_PERCENT);
        int maximum = Math.toIntExact((long) percent * quota.advancedWorkers() / 100);
        int count = Math.toIntExact(proposedHere + quota.grassrootsFightersElsewhere());
        if (count <= maximum) {
            return List.of();
        }
        return List.of(new Finding(Finding.Severity.ERROR, RULE, "eligibility.cstdcs.quota",
                List.of(dossier.unitName(), Evidence.year(quota.year()), count, quota.advancedWorkers(), maximum,
                        percent)));
    }
}
