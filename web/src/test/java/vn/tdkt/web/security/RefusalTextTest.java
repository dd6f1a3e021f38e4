package vn.tdkt.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.signin.ThrottleKind;
import vn.tdkt.workflow.signin.Refusal;

/** A refused sign-in says, in terms the user can act on, when the next attempt is taken. */
class RefusalTextTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 14, 17, 5);

    @Test
    void aLockoutNamesTheMinuteFromWhichToTryAgainRoundedUp() {
        RefusalText text = new RefusalText(new Refusal(ThrottleKind.ACCOUNT, "clerk",
                LocalDateTime.of(2026, 12, 7, 14, 32, 5), true), NOW);

        assertThat(text.key()).isEqualTo("login.locked");
        assertThat(text.arguments()).containsExactly("14:33");
        assertThat(text.retryAfterSeconds()).isEqualTo(15 * 60);
    }

    @Test
    void aLockoutEndingOnTheMinuteOrTomorrowSaysSo() {
        assertThat(new RefusalText(new Refusal(ThrottleKind.ADDRESS, "10.0.0.7", LocalDateTime.of(2026, 12, 7, 14, 32),
                true), NOW).clock()).isEqualTo("14:32");
        RefusalText tomorrow = new RefusalText(new Refusal(ThrottleKind.ADDRESS, "10.0.0.7",
                LocalDateTime.of(2026, 12, 8, 0, 2), true), LocalDateTime.of(2026, 12, 7, 23, 47));
        assertThat(tomorrow.key()).isEqualTo("login.addressLocked");
        assertThat(tomorrow.arguments()).containsExactly("00:02 08/12/2026");
    }

    @Test
    void aShortWaitIsToldInWholeSecondsAtLeastOne() {
        RefusalText wait = new RefusalText(new Refusal(ThrottleKind.ACCOUNT, "clerk", NOW.plusNanos(1_200_000_000L),
                false), NOW);

        assertThat(wait.key()).isEqualTo("login.wait");
        assertThat(wait.arguments()).containsExactly("2");
        assertThat(new RefusalText(new Refusal(ThrottleKind.ACCOUNT, "clerk", NOW, false), NOW).retryAfterSeconds())
                .isEqualTo(1);
    }
}
