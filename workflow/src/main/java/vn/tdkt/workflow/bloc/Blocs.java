package vn.tdkt.workflow.bloc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/** Blocs and units by code, for the bloc's services; an unknown code is the user's clear error, not a crash. */
@ApplicationScoped
public class Blocs {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    public Bloc bloc(String code) {
        return find(code).orElseThrow(() -> new DomainException("bloc.error.notFound", String.valueOf(code)));
    }

    public Optional<Bloc> find(String code) {
        return em.createQuery("select b from Bloc b where b.code = :code", Bloc.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Unit unit(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("bloc.error.notMember", String.valueOf(code)));
    }
}
