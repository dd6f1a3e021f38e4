package vn.tdkt.workflow.register;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.register.Award;

/**
 * The award register of the reader's unit (sổ khen thưởng): every award given to its people and collectives,
 * newest year first. It is the evidence the eligibility rules cite, so clerks and leaders can check it.
 */
@Stateless
public class AwardRegister {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    /**
     * {@code max} awards of the reader's unit from {@code first}, newest year first, their initiatives read in one
     * more query.
     */
    public List<Award> ofMyUnit(Actor actor, int first, int max) {
        return query(actor).setFirstResult(first).setMaxResults(max)
                .setHint("eclipselink.batch", "a.initiatives").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    private TypedQuery<Award> query(Actor actor) {
        actor.require(Role.CLERK, Role.UNIT_LEADER);
        // The id last, so that pages of equal year, name and title never overlap.
        return em.createQuery("select a from Award a where a.unit.id = :unit"
                + " order by a.year desc, a.nomineeName, a.title.sortOrder, a.id", Award.class)
                .setParameter("unit", actor.unitId());
    }
}
