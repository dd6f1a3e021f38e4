package vn.tdkt.workflow.register;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public List<Award> ofMyUnit(Actor actor) {
        actor.require(Role.CLERK, Role.UNIT_LEADER);
        return em.createQuery("select a from Award a where a.unit.id = :unit"
                + " order by a.year desc, a.nomineeName, a.title.sortOrder", Award.class)
                .setParameter("unit", actor.unitId()).getResultList();
    }
}
