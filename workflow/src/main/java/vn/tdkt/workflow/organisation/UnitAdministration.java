package vn.tdkt.workflow.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.organisation.UnitLevel;
import vn.tdkt.domain.shared.DomainException;

/**
 * Units as administrators keep them (role {@code ADMIN}): a new unit with its code, name and place in the tree;
 * a new name or place for an existing one. The code never changes once given: proposal numbers and the candidate
 * groups of deployed diagrams ({@code ROLE@CODE}) carry it.
 */
@Stateless
public class UnitAdministration {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    /** Every unit, by name. */
    public List<Unit> all(Actor admin) {
        admin.require(Role.ADMIN);
        return em.createQuery("select u from Unit u left join fetch u.parent order by u.name", Unit.class)
                .getResultList();
    }

    public Unit create(Actor admin, String code, String name, String parentCode, String sector, UnitLevel level) {
        admin.require(Role.ADMIN);
        String normalised = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (normalised != null && find(normalised) != null) {
            throw DomainException.invalid("code", "unit.code.taken", normalised);
        }
        Unit unit = new Unit(normalised, name);
        unit.placeUnder(parent(parentCode), sector, level == null ? UnitLevel.DEPARTMENT : level);
        em.persist(unit);
        return unit;
    }

    public void update(Actor admin, String code, String name, String parentCode, String sector, UnitLevel level) {
        admin.require(Role.ADMIN);
        Unit unit = find(code);
        if (unit == null) {
            throw new DomainException("unit.error.notFound", String.valueOf(code));
        }
        unit.rename(name);
        unit.placeUnder(parent(parentCode), sector, level == null ? UnitLevel.DEPARTMENT : level);
    }

    private Unit parent(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Unit parent = find(code);
        if (parent == null) {
            throw DomainException.invalid("parent", "unit.error.notFound", code);
        }
        return parent;
    }

    private Unit find(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }
}
