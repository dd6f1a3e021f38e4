package vn.tdkt.workflow.bloc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocMember;
import vn.tdkt.domain.bloc.BlocRole;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/**
 * Who is in the bloc in a year, and in which role: the provincial board (or an administrator) sets the members
 * and the head; the year's head records the deputies (khối phó) the bloc chose. Members and head are fixed once a
 * review of that year is open — its score sheets are between exactly those members.
 */
@Stateless
public class BlocYears {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @Inject
    Blocs blocs;

    /** The year's members, the head first, then the deputies; for members that year and the board. */
    public List<BlocMember> members(Actor actor, String blocCode, int year) {
        Bloc bloc = blocs.bloc(blocCode);
        if (!bloc.isOpenTo(actor, year)) {
            throw new DomainException("bloc.error.notMember", actor.unitCode());
        }
        return bloc.membersIn(year);
    }

    /** The board sets the year's members and head; deputies who stay members keep their role. */
    public void compose(Actor actor, String blocCode, int year, List<String> memberCodes, String headCode) {
        actor.require(Role.APPRAISER, Role.ADMIN);
        Bloc bloc = blocs.bloc(blocCode);
        requireNoReview(bloc, year);
        Set<String> codes = new LinkedHashSet<>(memberCodes);
        if (codes.size() < 2) {
            throw new DomainException("bloc.error.tooFewMembers");
        }
        if (headCode == null || !codes.contains(headCode)) {
            throw new DomainException("bloc.error.headNotMember");
        }
        Set<String> deputies = new LinkedHashSet<>();
        bloc.membersIn(year).stream().filter(m -> m.getRole() == BlocRole.DEPUTY)
                .forEach(m -> deputies.add(m.getUnit().getCode()));
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        for (String code : codes) {
            roles.put(blocs.unit(code), code.equals(headCode) ? BlocRole.HEAD
                    : deputies.contains(code) ? BlocRole.DEPUTY : BlocRole.MEMBER);
        }
        bloc.composeYear(year, roles);
        em.flush();
    }

    /** The year's head (its clerk or leader) or the board records the deputies; an empty set removes them. */
    public void appointDeputies(Actor actor, String blocCode, int year, Set<String> deputyCodes) {
        Bloc bloc = blocs.bloc(blocCode);
        if (!(actor.hasRole(Role.APPRAISER) || actor.hasRole(Role.ADMIN))) {
            actor.require(Role.CLERK, Role.UNIT_LEADER);
            bloc.requireHeadedBy(year, actor.unitCode());
        }
        Set<Unit> deputies = new LinkedHashSet<>();
        deputyCodes.forEach(code -> deputies.add(blocs.unit(code)));
        bloc.appointDeputies(year, deputies);
        em.flush();
    }

    /** The units the board may put into a bloc, by name. */
    public List<Unit> units() {
        return em.createQuery("select u from Unit u order by u.name", Unit.class).getResultList();
    }

    private void requireNoReview(Bloc bloc, int year) {
        boolean reviewed = !em.createQuery("select r.id from BlocReview r where r.bloc = :bloc and r.year = :year",
                Long.class).setParameter("bloc", bloc).setParameter("year", year).setMaxResults(1)
                .getResultList().isEmpty();
        if (reviewed) {
            throw new DomainException("bloc.error.yearUnderReview", String.valueOf(year));
        }
    }
}
