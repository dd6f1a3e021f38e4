package vn.tdkt.domain.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The emulation movement (phong trào thi đua) a dossier answers, with the last day its plan accepts dossiers, if
 * the plan sets one. The deadline belongs to the movement's plan, not to the law, so it is not a rule-set parameter.
 */
public record Movement(String name, LocalDate deadline) {

    public Movement {
        Objects.requireNonNull(name);
    }
}
