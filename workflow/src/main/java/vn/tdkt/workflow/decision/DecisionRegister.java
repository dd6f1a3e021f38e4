package vn.tdkt.workflow.decision;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;

/**
 * The decisions for those who read them: the provincial board reads every one; a unit's people read those that
 * cover a dossier of their unit. Searched by number, date, issuing body and a nominee's name.
 */
@Stateless
public class DecisionRegister {

    /** The most decisions one search lists; a narrower search finds the rest. */
    public static final int SHOWN_AT_MOST = 200;

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    /** What a search asks for; blank fields do not filter. */
    public record Search(String number, LocalDate from, LocalDate to, String nominee) {
    }

    public List<Decision> search(Actor actor, Search search) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM Decision d WHERE 1 = 1");
        boolean unitOnly = !readsAll(actor);
        if (unitOnly) {
            jpql.append(" AND EXISTS (SELECT l FROM DecisionLine l, Proposal p WHERE l.decision = d"
                    + " AND p.id = l.proposalId AND p.unit.id = :unit)");
        }
        if (filled(search.number())) {
            jpql.append(" AND LOWER(d.numberText) LIKE :number ESCAPE '\\'");
        }
        if (search.from() != null) {
            jpql.append(" AND d.date >= :from");
        }
        if (search.to() != null) {
            jpql.append(" AND d.date <= :to");
        }
        if (filled(search.nominee())) {
            jpql.append(" AND EXISTS (SELECT n FROM DecisionLine n WHERE n.decision = d AND LOWER(n.name) LIKE"
                    + " :nominee ESCAPE '\\')");
        }
        jpql.append(" ORDER BY d.date DESC, d.id DESC");
        TypedQuery<Decision> query = em.createQuery(jpql.toString(), Decision.class);
        if (unitOnly) {
            query.setParameter("unit", actor.unitId());
        }
        if (filled(search.number())) {
            query.setParameter("number", like(search.number()));
        }
        if (search.from() != null) {
            query.setParameter("from", search.from());
        }
        if (search.to() != null) {
            query.setParameter("to", search.to());
        }
        if (filled(search.nominee())) {
            query.setParameter("nominee", like(search.nominee()));
        }
        return query.setMaxResults(SHOWN_AT_MOST).getResultList();
    }

    /** One decision with its annex, if the actor may read it; otherwise the same answer as one that does not exist. */
    public Decision read(Actor actor, long id) {
        Decision decision = em.find(Decision.class, id);
        if (decision == null || !mayRead(actor, decision)) {
            throw new DomainException("decision.error.notFound");
        }
        decision.getLines();
        return decision;
    }

    private boolean mayRead(Actor actor, Decision decision) {
        if (readsAll(actor)) {
            return true;
        }
        if (!(actor.hasRole(Role.CLERK) || actor.hasRole(Role.UNIT_LEADER)
                || actor.hasRole(Role.COUNCIL_SECRETARY))) {
            return false;
        }
        List<Long> units = em.createQuery("SELECT DISTINCT p.unit.id FROM DecisionLine l, Proposal p WHERE "
                + "l.decision = :decision AND p.id = l.proposalId", Long.class).setParameter("decision", decision)
                .getResultList();
        return units.contains(actor.unitId());
    }

    private static boolean readsAll(Actor actor) {
        return actor.hasRole(Role.APPRAISER) || actor.hasRole(Role.APPROVER);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    /** A contains-search, with LIKE's own wildcards taken literally. */
    private static String like(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
