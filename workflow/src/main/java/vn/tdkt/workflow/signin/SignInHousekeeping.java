package vn.tdkt.workflow.signin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import vn.tdkt.workflow.config.Settings;

/**
 * Checks the sign-in settings when the application starts — a mistyped limit stops the deployment with the reason,
 * rather than failing every sign-in later — and every ten minutes removes the failed-sign-in rows no attempt will
 * read again, so that names made up by a guessing script do not pile up. The timer is not persistent (a missed run
 * is the next one) and runs on each server of a cluster, harmlessly. Waits for the schema migration, which creates
 * the table.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SignInHousekeeping {

    @Inject
    SignInThrottle throttle;

    @PostConstruct
    void checkSettings() {
        try {
            Settings.signInAccountPolicy();
            Settings.signInAddressPolicy();
            Settings.signInHashThreads();
            if (Settings.signInTarpit().isNegative()) {
                throw new IllegalArgumentException("TDKT_SIGNIN_TARPIT_MILLIS must not be negative");
            }
            if (Settings.apiTokenMaxDays() < 1) {
                throw new IllegalArgumentException("TDKT_API_TOKEN_MAX_DAYS must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException included.
            throw new IllegalStateException("The sign-in settings (TDKT_SIGNIN_*, TDKT_API_TOKEN_MAX_DAYS) are"
                    + " invalid: " + e.getMessage(), e);
        }
    }

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void forgetOldFailures() {
        throttle.forgetOld();
    }
}
