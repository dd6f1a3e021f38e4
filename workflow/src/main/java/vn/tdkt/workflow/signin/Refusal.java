package vn.tdkt.workflow.signin;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.tdkt.domain.signin.ThrottleKind;

/**
 * Why a sign-in attempt was refused before its password was checked: the account name or the client address has
 * failed too often; no attempt is taken until {@code until}. A lockout (tạm khóa) rather than a short wait when
 * {@code lockedOut}.
 */
public record Refusal(ThrottleKind kind, String subject, LocalDateTime until, boolean lockedOut) {

    public Refusal {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(until);
    }

    /** The later of two refusals (the one the caller must wait for); either may be null. */
    static Refusal later(Refusal one, Refusal other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return other.until.isAfter(one.until) ? other : one;
    }
}
