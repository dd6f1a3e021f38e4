package vn.tdkt.workflow.decision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.decision.DecisionWording;
import vn.tdkt.domain.decision.DocumentType;
import vn.tdkt.domain.decision.IssuedNumber;
import vn.tdkt.domain.decision.Revocation;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.register.Award;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * Revoking awards (thu hồi khen thưởng): the decision's body issues a revocation under a number of its own decision
 * book, in one transaction with the marks on the awards, so that the register, the rules and the public
 * verification page all see it at once.
 */
@Stateless
public class Revocations {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    DecisionRegister register;

    @Inject
    DocumentIssuers issuers;

    @Inject
    DocumentBooks books;

    /** What the revocation form lists: each award of the decision and whether it is revoked. */
    public record AwardOfDecision(long awardId, String name, String titleName, boolean revoked) {
    }

    public List<AwardOfDecision> awardsOf(Actor actor, long decisionId) {
        Decision decision = register.read(actor, decisionId);
        return awards(decision).stream().map(a -> new AwardOfDecision(a.getId(), a.getNomineeName(), a.getTitle()
                .getNameVi(), a.isRevoked())).toList();
    }

    /** The revocations of a decision, oldest first. */
    public List<Revocation> of(Actor actor, long decisionId) {
        Decision decision = register.read(actor, decisionId);
        return em.createQuery("SELECT r FROM Revocation r WHERE r.decision = :decision ORDER BY r.id",
                Revocation.class).setParameter("decision", decision).getResultList();
    }

    /** Revokes the awards named (of that decision) for the reason; returns the revocation's id. */
    public long revoke(Actor actor, long decisionId, Set<Long> awardIds, String reason) {
        Decision decision = register.read(actor, decisionId);
        List<Award> all = awards(decision);
        IssuedNumber number = books.issue(issuers.series(decision.getIssuer(), DocumentType.DECISION),
                BusinessClock.now().getYear(), DecisionWording.text("revocation.purpose", decision.getNumberText()),
                actor);
        Revocation revocation = decision.revoke(number, all, awardIds, reason, actor, BusinessClock.now());
        em.persist(revocation);
        em.flush();
        all.stream().filter(a -> awardIds.contains(a.getId())).forEach(a -> a.revokeUnder(revocation.getId()));
        return revocation.getId();
    }

    private List<Award> awards(Decision decision) {
        return em.createQuery("SELECT a FROM Award a WHERE a.decisionId = :decision ORDER BY a.id", Award.class)
                .setParameter("decision", decision.getId()).getResultList();
    }
}
