package vn.tdkt.web.register;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tdkt.domain.register.Award;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.register.AwardRegister;

/**
 * Backing bean of {@code register.xhtml}: the unit's award register, filtered and sorted in the table. View
 * scoped, so that filtering does not read the register again on every keystroke.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardRegister register;

    @Inject
    CurrentUser currentUser;

    private List<Award> awards;
    private List<Award> filtered;

    public void load() {
        awards = register.ofMyUnit(currentUser.actor());
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
