package vn.tdkt.it.browser;

import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.openqa.selenium.WebDriverException;

/**
 * The Chromium instances of a test run, kept from test to test (starting one costs about two seconds and a cold
 * cache): a test borrows an idle one, or starts one when all are busy with journeys running at the same time, and
 * gives it back when it ends. All are quit when the run ends (registered as a launcher session listener), so no
 * browser outlives the test JVM, still loading the pages it had open.
 */
public final class BrowserPool implements LauncherSessionListener {

    private static final Deque<Browser> IDLE = new ConcurrentLinkedDeque<>();
    private static final List<Browser> STARTED = new CopyOnWriteArrayList<>();

    /** An idle browser reset to what a new user has, or a new one; one that no longer answers is replaced. */
    static Browser borrow() {
        for (Browser idle = IDLE.poll(); idle != null; idle = IDLE.poll()) {
            try {
                idle.reset();
                return idle;
            } catch (WebDriverException broken) {
                System.err.println("Replacing a browser that no longer answers: " + broken.getMessage());
                STARTED.remove(idle);
                closeQuietly(idle);
            }
        }
        Browser started = new Browser();
        STARTED.add(started);
        return started;
    }

    static void giveBack(Browser browser) {
        IDLE.push(browser);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        IDLE.clear();
        STARTED.forEach(BrowserPool::closeQuietly);
        STARTED.clear();
    }

    private static void closeQuietly(Browser browser) {
        try {
            browser.close();
        } catch (WebDriverException gone) {
            // Already dead: nothing left to close.
        }
    }
}
