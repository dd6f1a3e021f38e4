package vn.tdkt.domain.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FailedAttemptsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 14, 17, 0);
    private final ThrottlePolicy policy = new ThrottlePolicy(3, 5, Duration.ofMinutes(15));

    @Test
    void eachChargedAttemptCountsUntilTheLockout() {
        FailedAttempts attempts = new FailedAttempts(ThrottleKind.ACCOUNT, "clerk");
        LocalDateTime at = NOW;
        for (int expected = 1; expected <= 5; expected++) {
            assertThat(attempts.refusedUntil(policy, at)).isEmpty();
            assertThat(attempts.charge(policy, at)).isEqualTo(expected);
            at = at.plusSeconds(10);
        }
        assertThat(attempts.refusedUntil(policy, at)).contains(NOW.plusSeconds(40).plusMinutes(15));
    }

    @Test
    void aChargeAfterTheFailuresWereForgottenStartsAgainFromOne() {
        FailedAttempts attempts = new FailedAttempts(ThrottleKind.ADDRESS, "10.0.0.7");
        for (int i = 0; i < 5; i++) {
            attempts.charge(policy, NOW);
        }

        assertThat(attempts.charge(policy, NOW.plusMinutes(15))).isEqualTo(1);
    }

    @Test
    void aRefundTakesBackOneChargeAndNeverGoesBelowZero() {
        FailedAttempts attempts = new FailedAttempts(ThrottleKind.ADDRESS, "10.0.0.7");
        attempts.charge(policy, NOW);
        attempts.charge(policy, NOW);

        attempts.refund();
        assertThat(attempts.getFailures()).isEqualTo(1);
        attempts.refund();
        attempts.refund();
        assertThat(attempts.getFailures()).isZero();
    }

    @Test
    void anOverlongSubjectIsCutNotRefused() {
        String name = "a".repeat(500);

        assertThat(new FailedAttempts(ThrottleKind.ACCOUNT, name).getSubject()).hasSize(64);
        assertThat(FailedAttempts.subject(null)).isEmpty();
    }
}
