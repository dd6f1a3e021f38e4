package vn.tdkt.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * Storage of proposals and the reference data they point to. A plain CDI bean, not an EJB: it always runs inside
 * the calling use case's transaction, and its persistence exceptions (a lost optimistic lock) reach the use case
 * unwrapped, to be turned into the user's message there.
 */
@ApplicationScoped
public class ProposalRepository {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    public void add(Proposal proposal) {
        em.persist(proposal);
    }

    /** Locks the dossiers' rows in id order and reads them again (their state as committed now). */
    public void lockInIdOrder(List<Proposal> dossiers) {
        dossiers.stream().sorted(Comparator.comparing(Proposal::getId))
                .forEach(p -> em.refresh(p, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Writes pending changes now, so that a concurrent change surfaces here rather than at commit. */
    public void flush() {
        em.flush();
    }

    /**
     * The proposal if it exists and the actor may see it. A proposal of another unit answers exactly like a
     * missing one, so that ids reveal nothing.
     */
    public Proposal visible(Actor actor, long id) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null || !proposal.visibleTo(actor)) {
            throw new DomainException("proposal.error.notFound");
        }
        return proposal;
    }

    /**
     * Loads a dossier's nominees with their cited initiatives in one query, so that walking a list of 2,000
     * nominees does not read each one's initiatives separately.
     */
    public void loadNominees(Proposal proposal) {
        em.createQuery("select distinct n from ProposalNominee n left join fetch n.initiatives"
                + " where n.proposal = :proposal", ProposalNominee.class)
                .setParameter("proposal", proposal).getResultList();
        proposal.getNominees().size();
    }

    /**
     * {@code max} of the proposals the actor may see (their unit's; every unit's once at the board, for its roles)
     * from {@code first}, in the given order, with the nominees of the whole page read in one extra query.
     */
    public List<Proposal> pageVisibleTo(Actor actor, ProposalOrder order, int first, int max) {
        String jpql = order.byNominee()
                ? "select p from Proposal p join p.nominees lead where lead.position = 0 and %s order by "
                : "select p from Proposal p where %s order by ";
        return visible(actor, jpql + order.jpql(), Proposal.class).setFirstResult(first).setMaxResults(max)
                .setHint("eclipselink.batch", "p.nominees").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    public long countVisibleTo(Actor actor) {
        return visible(actor, "select count(p) from Proposal p where %s", Long.class).getSingleResult();
    }

    /** The same rule as {@link Proposal#visibleTo}, as a query condition. */
    private <T> TypedQuery<T> visible(Actor actor, String jpql, Class<T> type) {
        boolean unitRole = actor.hasRole(Role.CLERK) || actor.hasRole(Role.UNIT_LEADER);
        boolean secretary = !unitRole && actor.hasRole(Role.COUNCIL_SECRETARY);
        boolean boardRole = actor.hasRole(Role.APPRAISER) || actor.hasRole(Role.APPROVER);
        List<String> either = new ArrayList<>();
        if (unitRole) {
            either.add("p.unit.id = :unit");
        }
        if (secretary) {
            either.add("(p.unit.id = :unit and p.status in :pastCouncil)");
        }
        if (boardRole) {
            either.add("p.reachedBoard = true");
        }
        TypedQuery<T> query = em.createQuery(
                jpql.formatted(either.isEmpty() ? "1 = 0" : "(" + String.join(" or ", either) + ")"), type);
        if (unitRole || secretary) {
            query.setParameter("unit", actor.unitId());
        }
        if (secretary) {
            query.setParameter("pastCouncil", Arrays.stream(ProposalStatus.values())
                    .filter(ProposalStatus::reachedCouncil).toList());
        }
        return query;
    }

    public List<Proposal> withNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Proposal p where p.number in :numbers", Proposal.class)
                .setParameter("numbers", numbers).getResultList();
    }

    public Unit unit(long id) {
        return Optional.ofNullable(em.find(Unit.class, id)).orElseThrow(() -> new DomainException("error.forbidden"));
    }

    public List<Title> activeTitles() {
        return em.createQuery("select t from Title t where t.active = true order by t.sortOrder", Title.class)
                .getResultList();
    }

    public List<Movement> movements() {
        return em.createQuery("select m from Movement m order by m.startsOn desc, m.name", Movement.class)
                .getResultList();
    }

    public List<Initiative> initiativesOf(long unitId) {
        return em.createQuery("select i from Initiative i where i.unit.id = :unit order by i.recognisedOn desc",
                Initiative.class).setParameter("unit", unitId).getResultList();
    }

    public Title title(Long id) {
        Title title = id == null ? null : em.find(Title.class, id);
        if (title == null || !title.isActive()) {
            throw DomainException.invalid("title", "validation.required");
        }
        return title;
    }

    /** A new number {@code UNIT-YEAR-NNNNNN}, e.g. {@code VKSND-2026-000042}, drawn from a sequence. */
    public String nextNumber(Unit unit) {
        Number next = (Number) em.createNativeQuery("select nextval('proposal_number_seq')").getSingleResult();
        return "%s-%d-%06d".formatted(unit.getCode(), Year.now(BusinessClock.ZONE).getValue(), next.longValue());
    }
}
