package vn.tdkt.workflow.proposal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.organisation.Gender;

/** One nominee as typed or imported; checked and linked to the register when the dossier is saved. */
public record NomineeInput(NomineeKind kind, String name, String details, Gender gender, LocalDate birthDate,
        Long titleId, String achievementReport, List<Long> initiativeIds) implements Serializable {

    public NomineeInput {
        initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
    }

    public static NomineeInput individual(String name, String position, Long titleId, String report) {
        return new NomineeInput(NomineeKind.INDIVIDUAL, name, position, null, null, titleId, report, List.of());
    }
}
