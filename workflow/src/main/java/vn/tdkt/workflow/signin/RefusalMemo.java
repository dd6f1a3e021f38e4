package vn.tdkt.workflow.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.tdkt.domain.signin.ThrottleKind;

/**
 * This server's memory of the refusals the database gave, so that a locked-out account or address hammered by a
 * script is refused without a database round trip (and never with a password hash). The database stays the truth:
 * an entry is trusted for at most {@link #TRUSTED_FOR}, so an administrator's unlock on another server of a cluster
 * applies here within that time (on this server at once). Bounded: when full, a refusal is simply not remembered.
 */
@ApplicationScoped
public class RefusalMemo {

    static final Duration TRUSTED_FOR = Duration.ofMinutes(1);
    static final int CAPACITY = 10_000;

    private final ConcurrentMap<String, Remembered> refusals = new ConcurrentHashMap<>();

    private record Remembered(Refusal refusal, LocalDateTime trustedUntil) {
    }

    public Optional<Refusal> recall(ThrottleKind kind, String subject, LocalDateTime now) {
        String key = key(kind, subject);
        Remembered remembered = refusals.get(key);
        if (remembered == null) {
            return Optional.empty();
        }
        if (!now.isBefore(remembered.trustedUntil()) || !now.isBefore(remembered.refusal().until())) {
            refusals.remove(key, remembered);
            return Optional.empty();
        }
        return Optional.of(remembered.refusal());
    }

    public void remember(Refusal refusal, LocalDateTime now) {
        if (refusals.size() >= CAPACITY) {
            refusals.values().removeIf(r -> !now.isBefore(r.trustedUntil()) || !now.isBefore(r.refusal().until()));
            if (refusals.size() >= CAPACITY) {
                return;
            }
        }
        LocalDateTime trustedUntil = now.plus(TRUSTED_FOR);
        refusals.put(key(refusal.kind(), refusal.subject()), new Remembered(refusal,
                refusal.until().isBefore(trustedUntil) ? refusal.until() : trustedUntil));
    }

    public void forget(ThrottleKind kind, String subject) {
        refusals.remove(key(kind, subject));
    }

    private static String key(ThrottleKind kind, String subject) {
        return kind.name() + ':' + subject;
    }
}
