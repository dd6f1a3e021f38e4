package vn.tdkt.workflow.movement;

import java.io.Serializable;
import vn.tdkt.domain.catalog.Title;

/** One line of a movement's registration summary: a title, how many units aim for it and for how many people. */
public class RegistrationTally implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Title title;
    private final boolean collective;
    private final int units;
    private final int nominees;

    public RegistrationTally(Title title, boolean collective, int units, int nominees) {
        this.title = title;
        this.collective = collective;
        this.units = units;
        this.nominees = nominees;
    }

    public Title getTitle() {
        return title;
    }

    /** A collective title (one per unit), or an individual one counted in people. */
    public boolean isCollective() {
        return collective;
    }

    /** How many units registered it. */
    public int getUnits() {
        return units;
    }

    /** For an individual title, how many people in all; for a collective title, the same as the units. */
    public int getNominees() {
        return nominees;
    }
}
