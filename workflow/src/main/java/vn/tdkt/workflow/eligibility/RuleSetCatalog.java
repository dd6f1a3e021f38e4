package vn.tdkt.workflow.eligibility;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.eligibility.Candidacy;
import vn.tdkt.domain.eligibility.Eligibility;
import vn.tdkt.domain.eligibility.Finding;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.eligibility.RuleSets;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;

/** The stored rule sets: the one in force on a date, and the administrators' preparation of future ones. */
@Stateless
public class RuleSetCatalog {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    /** Every rule set, latest first; administrators only. */
    public List<RuleSet> all(Actor admin) {
        admin.require(Role.ADMIN);
        return sets();
    }

    /** The findings of the rules for a candidacy, judged by the rule set in force on the submission date. */
    public List<Finding> check(Candidacy candidacy, LocalDate submissionDate) {
        return Eligibility.check(candidacy, inForceOn(submissionDate));
    }

    /** The rule set that judges a proposal submitted on the date. */
    public RuleSet inForceOn(LocalDate date) {
        return RuleSets.inForceOn(date, sets()).orElseThrow(() -> new DomainException("ruleSet.error.none"));
    }

    /** The catalog's titles (code and names), to label the parameters that name a title. */
    public List<Title> titles() {
        return em.createQuery("select t from Title t order by t.sortOrder", Title.class)
                .getResultList();
    }

    /** A new set starting later, copied from an existing one; returns its id. */
    public long prepareSuccessor(Actor admin, long baseId, String name, LocalDate effectiveFrom) {
        admin.require(Role.ADMIN);
        RuleSet successor = find(baseId).successor(name, effectiveFrom, today());
        boolean dateTaken = sets().stream().anyMatch(set -> set.getEffectiveFrom().equals(effectiveFrom));
        if (dateTaken) {
            throw DomainException.invalid("effectiveFrom", "ruleSet.error.dateTaken");
        }
        em.persist(successor);
        em.flush();
        // The articles cited stay with the parameters copied (the entity maps the values only).
        em.createNativeQuery("UPDATE rule_set_parameter p SET legal_basis = b.legal_basis FROM rule_set_parameter b"
                + " WHERE p.rule_set_id = ?1 AND b.rule_set_id = ?2 AND b.name = p.name")
                .setParameter(1, successor.getId()).setParameter(2, baseId).executeUpdate();
        return successor.getId();
    }

    /** Changes parameters of a set that is not yet in force: all of them or, when one is refused, none. */
    public void changeParameters(Actor admin, long id, Map<String, Integer> values) {
        admin.require(Role.ADMIN);
        RuleSet set = find(id);
        values.forEach((key, value) -> set.changeParameter(key, value == null ? -1 : value, today()));
    }

    private RuleSet find(long id) {
        RuleSet set = em.find(RuleSet.class, id);
        if (set == null) {
            throw new DomainException("ruleSet.error.notFound");
        }
        return set;
    }

    private List<RuleSet> sets() {
        return em.createQuery("select r from RuleSet r order by r.effectiveFrom desc", RuleSet.class).getResultList();
    }

    private static LocalDate today() {
        return BusinessClock.now().toLocalDate();
    }
}
