package vn.tdkt.workflow.decision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.tdkt.domain.decision.BaseSalary;
import vn.tdkt.domain.decision.RewardSchedule;
import vn.tdkt.workflow.eligibility.RuleSetCatalog;

/** The reward amounts in force on a date: the rule set then in force and the base salary then. */
@Stateless
public class RewardSchedules {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    RuleSetCatalog ruleSets;

    public RewardSchedule on(LocalDate date) {
        BaseSalary salary = em.createQuery("SELECT b FROM BaseSalary b WHERE b.effectiveFrom <= :date "
                + "ORDER BY b.effectiveFrom DESC", BaseSalary.class).setParameter("date", date).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        return RewardSchedule.of(ruleSets.inForceOn(date), salary);
    }
}
