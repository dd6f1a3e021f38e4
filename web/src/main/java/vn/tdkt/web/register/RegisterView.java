package vn.tdkt.web.register;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.domain.register.Award;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.register.AwardRegister;

/**
 * Backing bean of {@code register.xhtml}: the unit's award register, filtered and sorted in the table. View
 * scoped, so that filtering does not read the register again on every keystroke. At most {@link #SHOWN_AT_MOST}
 * lines, the newest first (a unit gets some hundreds a year; the page says when more exist, and the Excel export
 * holds them all).
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardRegister register;

    @Inject
    CurrentUser currentUser;

    /** What one page holds in memory and filters in the table. */
    public static final int SHOWN_AT_MOST = 5_000;

    private List<Award> awards;
    private List<Award> filtered;
    private boolean cut;

    public void load() {
        List<Award> read = register.ofMyUnit(currentUser.actor(), 0, SHOWN_AT_MOST + 1);
        cut = read.size() > SHOWN_AT_MOST;
        awards = cut ? new ArrayList<>(read.subList(0, SHOWN_AT_MOST)) : read;
    }

    /** Whether the register holds more lines than the page shows. */
    public boolean isCut() {
        return cut;
    }

    public int getShownAtMost() {
        return SHOWN_AT_MOST;
    }

    public List<Award> getAwards() {
        return awards;
    }

    public List<Award> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Award> filtered) {
        this.filtered = filtered;
    }
}
