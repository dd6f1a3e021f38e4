package vn.tdkt.domain.proposal;

import java.time.LocalDate;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.shared.DomainException;

/**
 * What a dossier as a whole is about: the year whose achievements it proposes (năm thành tích), the type of
 * commendation, and the movement it answers, if any.
 */
public record DossierHeader(int achievementYear, CommendationType commendationType, Movement movement) {

    /** Validates the year: not before 2000 and not after the current year (achievements must have happened). */
    public static DossierHeader of(Integer achievementYear, CommendationType type, Movement movement,
            LocalDate today) {
        if (achievementYear == null) {
            throw DomainException.invalid("achievementYear", "validation.required");
        }
        if (achievementYear < 2000 || achievementYear > today.getYear()) {
            throw DomainException.invalid("achievementYear", "proposal.error.achievementYear",
                    String.valueOf(today.getYear()));
        }
        if (type == null) {
            throw DomainException.invalid("commendationType", "validation.required");
        }
        return new DossierHeader(achievementYear, type, movement);
    }
}
