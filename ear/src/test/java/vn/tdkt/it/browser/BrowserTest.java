package vn.tdkt.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriverException;
import vn.tdkt.it.browser.pages.LoginPage;
import vn.tdkt.workflow.demo.DemoDocuments;

/**
 * What every browser test needs: the application deployed as users get it, a headless Chromium, the sign-in page,
 * and real PDF files to attach. Chromium instances are kept for the whole run (starting one costs about two seconds
 * and a cold cache): a test borrows an idle one, or starts one when all are busy with journeys running at the same
 * time, and gives it back when it ends. Before each test the browser is reset to what a new user has — no page, no
 * cookies, no web storage — and when a test fails, the page it ended on is kept as a screenshot named after the test
 * (target/screenshots). A browser that stops answering is replaced.
 */
abstract class BrowserTest {

    private static final Deque<Browser> IDLE = new ConcurrentLinkedDeque<>();
    private static final List<Browser> STARTED = new CopyOnWriteArrayList<>();
    private static final Path FILES = filesFolder();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            STARTED.forEach(BrowserTest::closeQuietly);
            deleteQuietly(FILES);
        }));
    }

    protected Browser browser;
    protected LoginPage login;

    @BeforeEach
    void borrowBrowser() {
        browser = idleOrNewBrowser();
        login = new LoginPage(browser);
    }

    /** Runs after the subclass's own clean-up, which may still use the browser. */
    @AfterEach
    void giveBrowserBack() {
        if (browser != null) {
            IDLE.push(browser);
            browser = null;
        }
    }

    /** The page a failed test ended on, taken before any clean-up, for a person to look at; a pass costs none. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot(context.getRequiredTestMethod().getName());
        }
    };

    private static Browser idleOrNewBrowser() {
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

    private static void closeQuietly(Browser browser) {
        try {
            browser.close();
        } catch (WebDriverException gone) {
            // Already dead: nothing left to close.
        }
    }

    /** A small real PDF, named as a clerk would name it; written once and shared by the journeys. */
    static synchronized Path pdf(String fileName) throws IOException {
        Path file = FILES.resolve(fileName);
        if (!Files.exists(file)) {
            Files.write(file, DemoDocuments.pdf(fileName));
        }
        return file;
    }

    /** A path for a file a test writes itself, in the same folder; the name must be the test's own. */
    static Path file(String fileName) {
        return FILES.resolve(fileName);
    }

    private static Path filesFolder() {
        try {
            return Files.createTempDirectory("tdkt-browser-files-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException leftOver) {
            // A temporary folder left behind is harmless.
        }
    }
}
