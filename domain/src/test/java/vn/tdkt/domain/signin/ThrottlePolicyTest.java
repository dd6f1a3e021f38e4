package vn.tdkt.domain.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private static final LocalDateTime LAST = LocalDateTime.of(2026, 12, 7, 14, 17, 0);
    /** An account: three failures free, locked out at the fifth for 15 minutes. */
    private final ThrottlePolicy account = new ThrottlePolicy(3, 5, Duration.ofMinutes(15));

    @Test
    void theFreeFailuresCostNoWait() {
        for (int failures = 0; failures < 3; failures++) {
            assertThat(account.refusedUntil(failures, LAST, LAST)).as("%d failures", failures).isEmpty();
        }
    }

    @Test
    void afterTheFreeFailuresEachAttemptWaitsTwiceAsLongAsTheOneBefore() {
        assertThat(account.refusedUntil(3, LAST, LAST)).contains(LAST.plusSeconds(1));
        assertThat(account.refusedUntil(4, LAST, LAST)).contains(LAST.plusSeconds(2));

        ThrottlePolicy address = new ThrottlePolicy(20, 50, Duration.ofMinutes(15));
        assertThat(address.refusedUntil(20, LAST, LAST)).contains(LAST.plusSeconds(1));
        assertThat(address.refusedUntil(21, LAST, LAST)).contains(LAST.plusSeconds(2));
        assertThat(address.refusedUntil(25, LAST, LAST)).contains(LAST.plusSeconds(32));
    }

    @Test
    void theWaitNeverExceedsAMinuteBeforeTheLockout() {
        ThrottlePolicy address = new ThrottlePolicy(20, 50, Duration.ofMinutes(15));

        assertThat(address.refusedUntil(26, LAST, LAST)).contains(LAST.plus(ThrottlePolicy.MAX_DELAY));
        assertThat(address.refusedUntil(49, LAST, LAST)).contains(LAST.plusMinutes(1));
        // However many doublings: no overflow into a negative or endless wait.
        ThrottlePolicy generous = new ThrottlePolicy(1, Integer.MAX_VALUE, Duration.ofMinutes(15));
        assertThat(generous.refusedUntil(Integer.MAX_VALUE - 1, LAST, LAST)).contains(LAST.plusMinutes(1));
    }

    @Test
    void anAttemptIsAllowedOnceTheWaitIsOver() {
        assertThat(account.refusedUntil(4, LAST, LAST.plusNanos(1_999_000_000))).contains(LAST.plusSeconds(2));
        assertThat(account.refusedUntil(4, LAST, LAST.plusSeconds(2))).isEmpty();
    }

    @Test
    void theLockoutFailureLocksForTheWholeLockoutAfterTheLastFailure() {
        assertThat(account.locksOut(4)).isFalse();
        assertThat(account.locksOut(5)).isTrue();
        assertThat(account.refusedUntil(5, LAST, LAST)).contains(LAST.plusMinutes(15));
        assertThat(account.refusedUntil(7, LAST, LAST.plusMinutes(14))).contains(LAST.plusMinutes(15));
    }

    @Test
    void failuresAreForgottenOnceTheLockoutHasPassedSinceTheLastOne() {
        assertThat(account.counted(5, LAST, LAST.plusMinutes(15).minusNanos(1))).isEqualTo(5);
        assertThat(account.counted(5, LAST, LAST.plusMinutes(15))).isZero();
        assertThat(account.refusedUntil(5, LAST, LAST.plusMinutes(15))).isEmpty();
        assertThat(account.counted(0, null, LAST)).isZero();
    }

    @Test
    void aPolicyWithoutFreeFailuresOrWithAShortLockoutIsRefused() {
        assertThatThrownBy(() -> new ThrottlePolicy(0, 5, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottlePolicy(5, 5, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        // Failures must be remembered longer than the longest wait, or waiting would wipe the count.
        assertThatThrownBy(() -> new ThrottlePolicy(3, 5, Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
