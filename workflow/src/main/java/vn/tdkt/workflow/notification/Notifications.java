package vn.tdkt.workflow.notification;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.tdkt.domain.notification.Notification;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;

/** A user's notifications (thông báo) under the bell: how many are unread, the latest ones, marking them read. */
@Stateless
public class Notifications {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    public long unreadCount(Actor actor) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null",
                Long.class).setParameter("me", actor.username()).getSingleResult();
    }

    /** The actor's latest notifications, newest first, read or not. */
    public List<Notification> latest(Actor actor, int limit) {
        return em.createQuery("select n from Notification n where n.recipient = :me"
                + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("me", actor.username()).setMaxResults(Math.max(1, Math.min(limit, 100)))
                .getResultList();
    }

    /** Marks every unread notification of the actor read; returns how many were. */
    public int markAllRead(Actor actor) {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", BusinessClock.now()).setParameter("me", actor.username()).executeUpdate();
    }

    /** Marks one of the actor's notifications read and returns it; another user's id answers like a missing one. */
    public Notification markRead(Actor actor, long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null) {
            throw new DomainException("notification.error.notFound");
        }
        notification.requireRecipient(actor.username());
        notification.markRead(BusinessClock.now());
        return notification;
    }
}
