package vn.tdkt.workflow.movement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.movement.MovementDetails;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.bloc.Blocs;

/**
 * Emulation movements (phong trào thi đua): every signed-in user sees them; the province's are launched and kept by
 * the board's appraisers and the administrators, a bloc's by the clerk of the unit heading the bloc in the
 * movement's year (the entity checks who, again, whatever page called).
 */
@Stateless
public class Movements {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @Inject
    Blocs blocs;

    /** Every movement, the latest first. */
    public List<Movement> all(Actor actor) {
        Objects.requireNonNull(actor);
        return em.createQuery("select m from Movement m order by m.startsOn desc, m.name", Movement.class)
                .getResultList();
    }

    public Movement read(Actor actor, long id) {
        Objects.requireNonNull(actor);
        Movement movement = em.find(Movement.class, id);
        if (movement == null) {
            throw new DomainException("movement.error.notFound");
        }
        return movement;
    }

    /**
     * Launches a movement of the province ({@code blocCode} null) or of a bloc; the actor's unit is its launcher.
     * Answers its id.
     */
    public long launch(Actor actor, String blocCode, MovementDetails details) {
        Bloc bloc = blocCode == null || blocCode.isBlank() ? null : bloc(blocCode);
        Unit launcher = em.find(Unit.class, actor.unitId());
        if (details.startsOn() == null) {
            throw DomainException.invalid("startsOn", "validation.required");
        }
        Movement movement = Movement.launch(nextCode(details.startsOn().getYear()), details, bloc, launcher, actor);
        em.persist(movement);
        em.flush();
        return movement.getId();
    }

    /** The keeper changes the movement; its criteria only while no bloc review scores against them. */
    public void revise(Actor actor, long id, MovementDetails details) {
        read(actor, id).revise(details, criteriaInUse(id), actor);
        em.flush();
    }

    /** Whether a bloc review uses the movement's criteria (its scores name them by position). */
    public boolean criteriaInUse(long id) {
        return !em.createQuery("select r.id from BlocReview r where r.movement.id = :id", Long.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    /** The blocs, for the launcher's choice. */
    public List<Bloc> blocs() {
        return em.createQuery("select b from Bloc b order by b.name", Bloc.class).getResultList();
    }

    private Bloc bloc(String code) {
        // Beside the launcher's bloc field, unlike the bloc pages' general message.
        return blocs.find(code).orElseThrow(() -> DomainException.invalid("bloc", "bloc.error.notFound", code));
    }

    /** PT2025-001, PT2025-002…: movements launched in the application are numbered by the year they start. */
    private String nextCode(int year) {
        String prefix = "PT" + year + "-";
        long n = em.createQuery("select count(m) from Movement m where m.code like :prefix", Long.class)
                .setParameter("prefix", prefix + "%").getSingleResult();
        String code;
        do {
            code = prefix + String.format("%03d", ++n);
        } while (!em.createQuery("select m.id from Movement m where m.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty());
        return code;
    }
}
