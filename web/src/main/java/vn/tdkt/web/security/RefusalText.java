package vn.tdkt.web.security;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import vn.tdkt.domain.signin.ThrottleKind;
import vn.tdkt.workflow.signin.Refusal;

/**
 * What a refused sign-in tells its user, on the login page and in the API's 429 answer: for a lockout, the time
 * (Vietnam time, rounded up to the minute, with the date when it is not today) from which to try again; for a short
 * wait, the seconds; and the seconds for {@code Retry-After}.
 */
final class RefusalText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_AND_DATE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Refusal refusal;
    private final LocalDateTime now;

    RefusalText(Refusal refusal, LocalDateTime now) {
        this.refusal = refusal;
        this.now = now;
    }

    String key() {
        if (!refusal.lockedOut()) {
            return "login.wait";
        }
        return refusal.kind() == ThrottleKind.ACCOUNT ? "login.locked" : "login.addressLocked";
    }

    Object[] arguments() {
        return new Object[] {refusal.lockedOut() ? clock() : String.valueOf(retryAfterSeconds())};
    }

    /** Whole seconds until the refusal ends, at least one. */
    long retryAfterSeconds() {
        long millis = Duration.between(now, refusal.until()).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** The minute from which an attempt is taken again: a lockout until 14:31:20 is told as 14:32. */
    String clock() {
        LocalDateTime until = refusal.until();
        LocalDateTime minute = until.truncatedTo(ChronoUnit.MINUTES);
        if (minute.isBefore(until)) {
            minute = minute.plusMinutes(1);
        }
        return (minute.toLocalDate().equals(now.toLocalDate()) ? TIME : TIME_AND_DATE).format(minute);
    }
}
