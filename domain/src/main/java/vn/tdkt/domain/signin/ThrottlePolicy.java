package vn.tdkt.domain.signin;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How failed sign-ins slow down the next attempt for one account name or one client address: the first
 * {@code freeFailures} cost nothing; after that each attempt waits after the last failure, 1 s, then twice as long
 * each time, at most {@link #MAX_DELAY}; from {@code lockoutFailures} on, the account or address is locked out
 * (tạm khóa) for {@code lockout} after the last failure. Failures are forgotten once {@code lockout} has passed
 * since the last one, so a lockout ends with a clean slate.
 *
 * @param freeFailures failures allowed without any wait (at least 1)
 * @param lockoutFailures failures that lock out (more than {@code freeFailures})
 * @param lockout how long a lockout lasts, and how long failures are remembered (at least twice
 *        {@link #MAX_DELAY}, so that waiting out a delay never wipes the count)
 */
public record ThrottlePolicy(int freeFailures, int lockoutFailures, Duration lockout) {

    /** The longest wait between two attempts before a lockout. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(1);

    public ThrottlePolicy {
        Objects.requireNonNull(lockout);
        if (freeFailures < 1 || lockoutFailures <= freeFailures || lockout.compareTo(MAX_DELAY.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("A sign-in throttle needs 1 <= free failures < lockout failures and a"
                    + " lockout of at least " + MAX_DELAY.multipliedBy(2).toMinutes() + " minutes: " + freeFailures
                    + ", " + lockoutFailures + ", " + lockout);
        }
    }

    /** The failures that still count at {@code now}: all of them until {@code lockout} has passed since the last. */
    public int counted(int failures, LocalDateTime lastFailure, LocalDateTime now) {
        return lastFailure == null || !now.isBefore(lastFailure.plus(lockout)) ? 0 : failures;
    }

    /**
     * Until when an attempt is refused, given the failures so far and the time of the last one; empty when an
     * attempt may be made at {@code now}.
     */
    public Optional<LocalDateTime> refusedUntil(int failures, LocalDateTime lastFailure, LocalDateTime now) {
        int counted = counted(failures, lastFailure, now);
        if (counted < freeFailures) {
            return Optional.empty();
        }
        LocalDateTime until = lastFailure.plus(locksOut(counted) ? lockout : delayAfter(counted));
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Whether this many failures lock out (rather than only delay). */
    public boolean locksOut(int failures) {
        return failures >= lockoutFailures;
    }

    /** The wait after the n-th failure (n at least {@code freeFailures}): 1 s, 2 s, 4 s… at most {@link #MAX_DELAY}. */
    Duration delayAfter(int failures) {
        int doublings = failures - freeFailures;
        long maxSeconds = MAX_DELAY.toSeconds();
        return Duration.ofSeconds(doublings >= Long.SIZE - 2 ? maxSeconds : Math.min(1L << doublings, maxSeconds));
    }
}
