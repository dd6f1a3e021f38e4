package vn.tdkt.workflow.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.tdkt.workflow.config.Settings;

/**
 * The password hashes computed at once on this server, at most {@link Settings#signInHashThreads()} (half the
 * cores by default). A hash is deliberately expensive (PBKDF2, 600,000 rounds); without a bound, a burst of
 * sign-ins — guesses from many addresses, or many scripts at once — would take every core and every page would
 * wait. A sign-in beyond the bound waits its turn for a few seconds, in order; when too many already wait, it is
 * told to retry at once rather than holding one more request thread.
 */
@ApplicationScoped
public class PasswordWork {

    /** How long a sign-in waits for a free hash before it is told to retry. */
    static final long WAIT_MILLIS = 5_000;
    /** Sign-ins allowed to wait per hash thread: about as many as can be served within the wait. */
    static final int WAITING_PER_THREAD = 8;

    private Semaphore permits;
    private int threads;

    @PostConstruct
    void size() {
        threads = Settings.signInHashThreads();
        permits = new Semaphore(threads, true);
    }

    /** Takes a hash thread, waiting a little; false when none was free in time (then do not call {@link #leave}). */
    public boolean enter() {
        if (permits.getQueueLength() >= WAITING_PER_THREAD * threads) {
            return false;
        }
        try {
            return permits.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives the hash thread back. */
    public void leave() {
        permits.release();
    }
}
