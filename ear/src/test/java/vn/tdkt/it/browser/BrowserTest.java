package vn.tdkt.it.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.it.browser.pages.LoginPage;
import vn.tdkt.workflow.demo.DemoDocuments;

/**
 * What every browser test needs: the application deployed as users get it, a fresh headless Chromium per test
 * (closed after a screenshot named after the test, kept under target/screenshots for a failed build), the sign-in
 * page, and real PDF files to attach. Subclasses add {@code @ExtendWith(ArquillianExtension.class)} and
 * {@code @RunAsClient}.
 */
abstract class BrowserTest {

    @TempDir
    static Path files;

    protected Browser browser;
    protected LoginPage login;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        login = new LoginPage(browser);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot(test.getTestMethod().map(m -> m.getName()).orElse(getClass().getSimpleName()));
        browser.close();
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
