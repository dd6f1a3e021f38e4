package vn.tdkt.workflow.movement;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.catalog.TitleCategory;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.movement.RegistrationLine;
import vn.tdkt.domain.movement.TitleRegistration;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * Title registration (đăng ký danh hiệu thi đua): a unit's clerk registers, for a movement, the collective title the
 * unit aims for and how many of its people aim for each individual title, until the movement's registration
 * closes. A unit sees its own registration; the board (appraisers, approvers, administrators) and, for a bloc's
 * movement, the unit heading the bloc that year see every unit's, with the summary by title.
 */
@Stateless
public class TitleRegistrations {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    /** The clerk registers (or changes) the registration of the clerk's own unit; answers its id. */
    public long register(Actor clerk, long movementId, Long collectiveTitleId, Map<Long, Integer> peopleByTitleId) {
        clerk.require(Role.CLERK);
        Movement movement = movement(movementId);
        Title collective = collectiveTitleId == null ? null : title(collectiveTitleId, "collectiveTitle");
        Map<Title, Integer> people = new LinkedHashMap<>();
        if (peopleByTitleId != null) {
            peopleByTitleId.forEach((titleId, count) -> people.put(title(titleId, "individual"), count));
        }
        Optional<TitleRegistration> existing = ownOf(clerk, movement);
        TitleRegistration registration;
        if (existing.isPresent()) {
            registration = existing.get();
            registration.revise(clerk, collective, people, BusinessClock.now());
        } else {
            Unit unit = em.find(Unit.class, clerk.unitId());
            registration = TitleRegistration.register(movement, unit, clerk, collective, people, BusinessClock.now());
            em.persist(registration);
        }
        em.flush();
        return registration.getId();
    }

    /** The registration of the actor's own unit, if it has registered. */
    public Optional<TitleRegistration> own(Actor actor, long movementId) {
        return ownOf(actor, movement(movementId));
    }

    /**
     * The registrations the actor may see, by unit name: every unit's for the board and the bloc's head, the
     * actor's own unit's otherwise.
     */
    public List<TitleRegistration> visible(Actor actor, long movementId) {
        Movement movement = movement(movementId);
        if (!seesEveryUnit(actor, movement)) {
            return ownOf(actor, movement).map(List::of).orElse(List.of());
        }
        return em.createQuery("select r from TitleRegistration r where r.movement = :movement order by r.unit.name",
                TitleRegistration.class).setParameter("movement", movement).getResultList();
    }

    /** Whether the actor sees every unit's registration for the movement. */
    public boolean seesEveryUnit(Actor actor, Movement movement) {
        if (actor.readsEveryUnit()) {
            return true;
        }
        return movement.getBloc() != null && movement.getBloc().headIn(movement.getYear())
                .map(head -> head.getCode().equals(actor.unitCode())).orElse(false);
    }

    /**
     * How many units registered each title (and, for individual titles, for how many people), collective titles
     * first, in the catalog's order; for those who see every unit's registration.
     */
    public List<RegistrationTally> summary(Actor actor, long movementId) {
        Movement movement = movement(movementId);
        if (!seesEveryUnit(actor, movement)) {
            throw new DomainException("error.forbidden");
        }
        Map<Title, int[]> collective = new LinkedHashMap<>();
        Map<Title, int[]> individual = new LinkedHashMap<>();
        for (TitleRegistration r : visible(actor, movementId)) {
            if (r.getCollectiveTitle() != null) {
                int[] tally = collective.computeIfAbsent(r.getCollectiveTitle(), t -> new int[2]);
                tally[0]++;
                tally[1]++;
            }
            for (RegistrationLine line : r.getLines()) {
                int[] tally = individual.computeIfAbsent(line.getTitle(), t -> new int[2]);
                tally[0]++;
                tally[1] += line.getNominees();
            }
        }
        List<RegistrationTally> tallies = new ArrayList<>();
        addTallies(tallies, collective, true);
        addTallies(tallies, individual, false);
        return tallies;
    }

    /** Appends the tallies of one kind of title, in the catalog's order. */
    private static void addTallies(List<RegistrationTally> tallies, Map<Title, int[]> counts, boolean collective) {
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparingInt(Title::getSortOrder)))
                .forEach(e -> tallies.add(new RegistrationTally(e.getKey(), collective, e.getValue()[0],
                        e.getValue()[1])));
    }

    /** The titles a unit may aim for as a collective (Tập thể lao động tiên tiến / xuất sắc, Cờ thi đua…). */
    public List<Title> collectiveTitles() {
        return titles(NomineeKind.COLLECTIVE);
    }

    /** The titles a unit's people may aim for (Lao động tiên tiến, Chiến sĩ thi đua cơ sở…). */
    public List<Title> individualTitles() {
        return titles(NomineeKind.INDIVIDUAL);
    }

    private List<Title> titles(NomineeKind kind) {
        return em.createQuery("select t from Title t where t.active = true and t.category = :category"
                + " order by t.sortOrder", Title.class).setParameter("category", TitleCategory.TITLE)
                .getResultStream().filter(t -> t.allows(kind)).toList();
    }

    private Optional<TitleRegistration> ownOf(Actor actor, Movement movement) {
        return em.createQuery("select r from TitleRegistration r where r.movement = :movement"
                + " and r.unit.id = :unit", TitleRegistration.class).setParameter("movement", movement)
                .setParameter("unit", actor.unitId()).getResultStream().findFirst();
    }

    private Movement movement(long id) {
        Movement movement = em.find(Movement.class, id);
        if (movement == null) {
            throw new DomainException("movement.error.notFound");
        }
        return movement;
    }

    private Title title(long id, String field) {
        Title title = em.find(Title.class, id);
        if (title == null || !title.isActive()) {
            throw DomainException.invalid(field, "movement.registration.error.unknownTitle");
        }
        return title;
    }
}
