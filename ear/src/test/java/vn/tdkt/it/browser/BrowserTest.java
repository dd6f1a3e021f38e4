package vn.tdkt.it.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;
import vn.tdkt.it.browser.pages.LoginPage;
import vn.tdkt.workflow.demo.DemoDocuments;

/**
 * What every browser test needs: the application deployed as users get it, a headless Chromium, the sign-in page,
 * and real PDF files to attach. One Chromium serves every browser test of the run (starting one costs about two
 * seconds and a cold cache); before each test it is reset to what a new user has — no page, no cookies, no web
 * storage — and when a test fails, its last page is kept as a screenshot named after the test (target/screenshots). A
 * browser that stops answering is replaced. Subclasses add {@code @ExtendWith(ArquillianExtension.class)} and
 * {@code @RunAsClient}.
 */
abstract class BrowserTest {

    private static Browser shared;

    @TempDir
    static Path files;

    protected Browser browser;
    protected LoginPage login;

    @BeforeEach
    void openBrowser() {
        browser = sharedBrowser();
        login = new LoginPage(browser);
    }

    /** The page a failed test ended on, for a person to look at; a passing test costs no screenshot. */
    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot(context.getRequiredTestMethod().getName());
            }
        }
    };

    private static synchronized Browser sharedBrowser() {
        if (shared != null) {
            try {
                shared.reset();
                return shared;
            } catch (WebDriverException broken) {
                System.err.println("Replacing a browser that no longer answers: " + broken.getMessage());
                closeQuietly(shared);
            }
        }
        shared = new Browser();
        Browser started = shared;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started)));
        return shared;
    }

    private static void closeQuietly(Browser browser) {
        try {
            browser.close();
        } catch (WebDriverException gone) {
            // Already dead: nothing left to close.
        }
    }

    /** A small real PDF in a temporary folder, named as a clerk would name it. */
    static Path pdf(String fileName) throws Exception {
        Path file = files.resolve(fileName);
        if (!Files.exists(file)) {
            Files.write(file, DemoDocuments.pdf(fileName));
        }
        return file;
    }
}
