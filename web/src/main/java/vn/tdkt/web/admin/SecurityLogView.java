package vn.tdkt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import vn.tdkt.domain.signin.SecurityEvent;
import vn.tdkt.domain.signin.SecurityEventKind;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.signin.Lockout;
import vn.tdkt.workflow.signin.SecurityLog;
import vn.tdkt.workflow.signin.SignInThrottle;

/**
 * Backing bean of {@code admin/security.xhtml} (nhật ký bảo mật): the client addresses locked out now by failed
 * sign-ins, which the administrator can release, and the latest lines of the security log — lockouts, unlocks, API
 * tokens created and revoked.
 */
@Named
@ViewScoped
public class SecurityLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityLog log;

    @Inject
    SignInThrottle throttle;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<Lockout> lockedAddresses;
    private List<Line> lines;

    /** One line of the log as the page shows it. */
    public record Line(LocalDateTime occurredAt, SecurityEventKind kind, String actor, String subject,
            String address, LocalDateTime until, String detail) implements Serializable {

        static Line of(SecurityEvent event) {
            return new Line(event.getOccurredAt(), event.getKind(), event.getActor(), event.getSubject(),
                    event.getAddress(), event.getUntil(), event.getDetail());
        }
    }

    public void load() {
        lockedAddresses = throttle.lockedAddresses(currentUser.actor());
        lines = log.latest(currentUser.actor()).stream().map(Line::of).toList();
    }

    public void unlock(Lockout lockout) {
        throttle.unlockAddress(currentUser.actor(), lockout.subject(), currentUser.address());
        messages.infoAt(null, "security.addressUnlocked", lockout.subject());
        load();
    }

    public List<Lockout> getLockedAddresses() {
        return lockedAddresses;
    }

    public List<Line> getLines() {
        return lines;
    }
}
