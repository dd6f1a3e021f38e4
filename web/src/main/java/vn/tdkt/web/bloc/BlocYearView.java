package vn.tdkt.web.bloc;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.tdkt.domain.bloc.BlocMember;
import vn.tdkt.domain.bloc.BlocRole;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.bloc.BlocYears;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * Backing bean of {@code bloc-year.xhtml}: the bloc's members in a year with their roles; the board sets members
 * and head, the year's head records the deputies.
 */
@Named
@ViewScoped
public class BlocYearView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BLOC = "NOI_CHINH";

    @Inject
    BlocYears years;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private int year = BusinessClock.now().getYear();
    private List<BlocMember> members = List.of();
    private List<String> memberCodes = new ArrayList<>();
    private String headCode;
    private List<String> deputyCodes = new ArrayList<>();
    private List<Unit> units;

    public void load() {
        try {
            members = years.members(currentUser.actor(), BLOC, year);
        } catch (DomainException notMember) {
            members = List.of();
            messages.error(notMember);
        }
        memberCodes = new ArrayList<>(members.stream().map(m -> m.getUnit().getCode()).toList());
        headCode = members.stream().filter(m -> m.getRole() == BlocRole.HEAD).map(m -> m.getUnit().getCode())
                .findFirst().orElse(null);
        deputyCodes = new ArrayList<>(members.stream().filter(m -> m.getRole() == BlocRole.DEPUTY)
                .map(m -> m.getUnit().getCode()).toList());
    }

    public void compose() {
        act(() -> years.compose(currentUser.actor(), BLOC, year, memberCodes, headCode), "blocYear.composed");
    }

    public void appointDeputies() {
        act(() -> years.appointDeputies(currentUser.actor(), BLOC, year, new LinkedHashSet<>(deputyCodes)),
                "blocYear.deputiesSaved");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey, String.valueOf(year));
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /** The provincial board (appraisers) and administrators set the members and the head. */
    public boolean isBoard() {
        return currentUser.isSignedIn() && (currentUser.actor().hasRole(Role.APPRAISER) || currentUser.isAdmin());
    }

    /** The board, or the clerk or leader of the year's head unit, records the deputies. */
    public boolean isCanAppointDeputies() {
        return isBoard() || (headCode != null && headCode.equals(currentUser.getUnitCode())
                && (currentUser.isClerk() || currentUser.isLeader()));
    }

    /** The members who may be deputies: all but the head. */
    public List<BlocMember> getDeputyCandidates() {
        return members.stream().filter(m -> m.getRole() != BlocRole.HEAD).toList();
    }

    public List<Unit> getUnits() {
        if (units == null) {
            units = years.units();
        }
        return units;
    }

    public List<BlocMember> getMembers() {
        return members;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<String> getMemberCodes() {
        return memberCodes;
    }

    public void setMemberCodes(List<String> memberCodes) {
        this.memberCodes = memberCodes;
    }

    public String getHeadCode() {
        return headCode;
    }

    public void setHeadCode(String headCode) {
        this.headCode = headCode;
    }

    public List<String> getDeputyCodes() {
        return deputyCodes;
    }

    public void setDeputyCodes(List<String> deputyCodes) {
        this.deputyCodes = deputyCodes;
    }
}
