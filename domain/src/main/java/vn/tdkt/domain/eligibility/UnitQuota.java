package vn.tdkt.domain.eligibility;

/**
 * The figures of a unit for a year that its quota of Chiến sĩ thi đua cơ sở (tỷ lệ CSTĐCS) is measured against:
 * the Lao động tiên tiến awarded or proposed in the unit for the year, this dossier included, and the CSTĐCS already
 * awarded or proposed in the unit's other open dossiers for that year. Counted by the caller from the register.
 */
public record UnitQuota(int year, int advancedWorkers, int grassrootsFightersElsewhere) {

    public UnitQuota {
        if (advancedWorkers < 0 || grassrootsFightersElsewhere < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }
}
