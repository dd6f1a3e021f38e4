package vn.tdkt.web.security;

import io.undertow.util.CanonicalPathUtils;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tdkt.domain.signin.ThrottleKind;
import vn.tdkt.workflow.signin.Refusal;
import vn.tdkt.workflow.signin.SignIn;

/**
 * Which requests the sign-in tarpit ({@link SignInTarpit}) holds back before they are answered, and for how long.
 * Only requests that are refused whatever happens: an API call with HTTP Basic credentials for which this server
 * remembers a refusal of the name or of the client address — {@link SignIn#basic} refuses those first, before any
 * other work — and only for a refusal that lasts beyond the hold, so that it still stands when the call goes on:
 * <ul>
 * <li>any refusal of the address: an address is refused only after many failures (20 by default), which is a
 * script's volume, not a person's typing; every Basic call from it is refused anyway, whatever its name;</li>
 * <li>a lockout of the name, and only for calls with that name: the other users behind the same address (an
 * office's NAT) are not slowed, and a person who mistyped a few times and got a short wait is not held either.</li>
 * </ul>
 * Never a page, a token call (tokens are not throttled) or a call without credentials.
 */
final class TarpitRule {

    /** What the sign-in remembers of a name and an address: {@link SignIn#refusedOnSight}. */
    @FunctionalInterface
    interface Refusals {
        List<Refusal> refusedOnSight(String username, String address);
    }

    private final Refusals refusals;
    private final Supplier<Duration> hold;
    private final Supplier<LocalDateTime> clock;

    /**
     * @param hold how long to hold a refused call back (read only for such a call); zero or less holds nothing
     * @param clock the clock refusals are dated by
     */
    TarpitRule(Refusals refusals, Supplier<Duration> hold, Supplier<LocalDateTime> clock) {
        this.refusals = refusals;
        this.hold = hold;
        this.clock = clock;
    }

    /**
     * How long to hold back a request for {@code path} (decoded, within the application, not yet normalised) with
     * this {@code Authorization} header (or null), from the client {@code address} (looked up only when needed);
     * empty to pass it on at once.
     */
    Optional<Duration> holdFor(String path, String authorization, Supplier<String> address) {
        if (authorization == null || !ApplicationAuthentication.isApiPath(CanonicalPathUtils.canonicalize(path))) {
            return Optional.empty();
        }
        Optional<ApplicationAuthentication.BasicCredential> credential = ApplicationAuthentication
                .basicCredential(authorization);
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        List<Refusal> refused = refusals.refusedOnSight(credential.get().username(), address.get());
        if (refused.isEmpty()) {
            return Optional.empty();
        }
        Duration wait = hold.get();
        if (wait.isZero() || wait.isNegative()) {
            return Optional.empty();
        }
        // A refusal that ends during the hold may not stand by the time the call goes on.
        LocalDateTime goesOn = clock.get().plus(wait);
        boolean held = refused.stream().anyMatch(refusal -> refusal.until().isAfter(goesOn)
                && (refusal.kind() == ThrottleKind.ADDRESS || refusal.lockedOut()));
        return held ? Optional.of(wait) : Optional.empty();
    }
}
