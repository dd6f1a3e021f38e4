package vn.tdkt.web.decision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.decision.DecisionRegister;

/**
 * Backing bean of {@code decisions.xhtml}: the decisions the user may read, newest first, searched by number,
 * date and a nominee's name; at most {@link DecisionRegister#SHOWN_AT_MOST}.
 */
@Named
@ViewScoped
public class DecisionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionRegister register;

    @Inject
    CurrentUser currentUser;

    private String number;
    private LocalDate from;
    private LocalDate to;
    private String nominee;
    private List<Decision> decisions;

    public void load() {
        if (decisions == null) {
            search();
        }
    }

    public void search() {
        decisions = register.search(currentUser.actor(), new DecisionRegister.Search(number, from, to, nominee));
    }

    public boolean isCut() {
        return decisions != null && decisions.size() >= DecisionRegister.SHOWN_AT_MOST;
    }

    public int getShownAtMost() {
        return DecisionRegister.SHOWN_AT_MOST;
    }

    public boolean isMayDecide() {
        return currentUser.actor().hasRole(Role.APPROVER) || currentUser.actor().hasRole(Role.UNIT_LEADER);
    }

    public List<Decision> getDecisions() {
        return decisions;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getNominee() {
        return nominee;
    }

    public void setNominee(String nominee) {
        this.nominee = nominee;
    }
}
