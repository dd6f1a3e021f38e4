package vn.tdkt.workflow.bloc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocMember;
import vn.tdkt.domain.bloc.Covenant;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * The bloc's year outside the reviews: the covenant (drafted by the head, acknowledged by each member's leader)
 * and the head's handover to the next year's head.
 */
@Stateless
public class BlocCovenants {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @Inject
    Blocs blocs;

    /** The bloc of that code. */
    public Bloc bloc(String code) {
        return blocs.bloc(code);
    }

    /** The year's covenant, for the bloc's members that year and the provincial board. */
    public Optional<Covenant> covenant(Actor actor, String blocCode, int year) {
        Bloc bloc = bloc(blocCode);
        if (!bloc.isOpenTo(actor, year)) {
            throw new DomainException("bloc.error.notMember", actor.unitCode());
        }
        return em.createQuery("select c from Covenant c where c.bloc = :bloc and c.year = :year", Covenant.class)
                .setParameter("bloc", bloc).setParameter("year", year).getResultStream().findFirst();
    }

    /** The head drafts the covenant, or changes it while nobody has signed. */
    public void draft(Actor head, String blocCode, int year, String content) {
        Optional<Covenant> existing = covenant(head, blocCode, year);
        if (existing.isPresent()) {
            existing.get().revise(content, head, BusinessClock.now());
        } else {
            em.persist(Covenant.draft(bloc(blocCode), year, content, head, BusinessClock.now()));
        }
        em.flush();
    }

    /** A member's leader acknowledges the covenant for the unit. */
    public void sign(Actor leader, String blocCode, int year) {
        covenant(leader, blocCode, year).orElseThrow(() -> new DomainException("covenant.error.none",
                String.valueOf(year))).sign(leader, BusinessClock.now());
        em.flush();
    }

    /** At year end the head's leader hands the bloc over to another member for the next year. */
    public void handOver(Actor headLeader, String blocCode, int year, String nextHeadCode) {
        headLeader.require(Role.UNIT_LEADER);
        Bloc bloc = bloc(blocCode);
        bloc.requireHeadedBy(year, headLeader.unitCode());
        Unit next = bloc.membersIn(year).stream().map(BlocMember::getUnit)
                .filter(u -> u.getCode().equals(nextHeadCode)).findFirst()
                .orElseThrow(() -> new DomainException("bloc.error.notMember", String.valueOf(nextHeadCode)));
        bloc.handOver(year, next);
        em.flush();
    }
}
