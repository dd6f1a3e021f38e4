package vn.tdkt.workflow.signin;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.signin.SecurityEvent;
import vn.tdkt.domain.signin.SecurityEventKind;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * The security log (nhật ký bảo mật): lockouts, unlocks, API tokens created and revoked, each written in the
 * transaction of what it records; administrators read the latest.
 */
@Stateless
public class SecurityLog {

    /** The most lines the log page shows. */
    public static final int PAGE = 200;

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    /** Writes one line, in the caller's transaction. */
    public void record(SecurityEventKind kind, String actor, String subject, String address, LocalDateTime until,
            String detail) {
        em.persist(new SecurityEvent(kind, actor, subject, address, until, detail, BusinessClock.now()));
    }

    /** The latest {@link #PAGE} lines, newest first; for administrators only. */
    public List<SecurityEvent> latest(Actor admin) {
        admin.require(Role.ADMIN);
        return em.createQuery("select e from SecurityEvent e order by e.occurredAt desc, e.id desc",
                SecurityEvent.class).setMaxResults(PAGE).getResultList();
    }

    /** The lines about one subject (an account name, an address, a token owner), newest first; administrators only. */
    public List<SecurityEvent> about(Actor admin, String subject) {
        admin.require(Role.ADMIN);
        return em.createQuery("select e from SecurityEvent e where e.subject = :subject"
                + " order by e.occurredAt desc, e.id desc", SecurityEvent.class).setParameter("subject", subject)
                .setMaxResults(PAGE).getResultList();
    }
}
