package vn.tdkt.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tdkt.domain.notification.Notification;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.notification.NotificationLinks;
import vn.tdkt.workflow.notification.Notifications;

/**
 * Backing bean of the bell in the layout and of {@code notification.xhtml}: the unread count on every page, the
 * latest notifications (thông báo) when the panel opens, marking them read, and opening one (which marks it
 * read and leads to its proposal, the inbox or a bloc review).
 */
@Named
@RequestScoped
public class NotificationBellView {

    static final int LATEST = 10;

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    @Inject
    Navigation navigation;

    @Inject
    Messages messages;

    private Long unreadCount;
    private List<Notification> latest;
    private String idParam;

    /** Asked once per request: the badge and its rendered condition both read it. */
    public long getUnreadCount() {
        if (unreadCount == null) {
            unreadCount = currentUser.isSignedIn() ? notifications.unreadCount(currentUser.actor()) : 0L;
        }
        return unreadCount;
    }

    /** Read only when the panel is shown (its content loads on demand), not on every page. */
    public List<Notification> getLatest() {
        if (latest == null) {
            latest = notifications.latest(currentUser.actor(), LATEST);
        }
        return latest;
    }

    /** The notification in the reader's language, from its stored key and arguments. */
    public String text(Notification notification) {
        return messages.format(notification.getMessageKey(), notification.getArguments());
    }

    public void markAllRead() {
        notifications.markAllRead(currentUser.actor());
        unreadCount = null;
        latest = null;
    }

    /** View action of {@code notification.xhtml?id=…}: marks the notification read and goes where it points. */
    public void open() {
        Long id = idParam != null && idParam.strip().matches("\\d{1,18}") ? Long.valueOf(idParam.strip()) : null;
        try {
            if (id == null) {
                throw new DomainException("notification.error.notFound");
            }
            Notification opened = notifications.markRead(currentUser.actor(), id);
            navigation.redirect(NotificationLinks.path(opened));
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }
}
