package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tdkt.it.browser.pages.LoginPage;
import vn.tdkt.it.browser.pages.ProposalFormPage;
import vn.tdkt.it.browser.pages.ProposalPage;
import vn.tdkt.workflow.demo.DemoDocuments;

/**
 * What every browser test needs: the application deployed as users get it, a Chromium from the run's
 * {@link BrowserPool}, the sign-in page, and real PDF files to attach. Before each test the browser is reset to what a
 * new user has — no page, no cookies, no web storage — and when a test fails, the page it ended on is kept as a
 * screenshot named after the test (target/screenshots).
 */
abstract class BrowserTest {

    private static final Path FILES = filesFolder();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(FILES)));
    }

    protected Browser browser;
    protected LoginPage login;

    @BeforeEach
    void borrowBrowser() {
        browser = BrowserPool.borrow();
        login = new LoginPage(browser);
    }

    /** Runs after the subclass's own clean-up, which may still use the browser. */
    @AfterEach
    void giveBrowserBack() {
        if (browser != null) {
            List<String> violations = browser.securityPolicyViolations();
            BrowserPool.giveBack(browser);
            browser = null;
            // Every page a journey visits is also a test of the policy: nothing the pages need may be refused.
            assertThat(violations).as("refused under the Content-Security-Policy").isEmpty();
        }
    }

    /** The page a failed test ended on, taken before any clean-up, for a person to look at; a pass costs none. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot(context.getRequiredTestMethod().getName());
        }
    };
    /**
     * A dossier for one Lao động tiên tiến with the two files it needs, saved and submitted by the signed-in clerk;
     * answers the page of the submitted dossier.
     */
    ProposalPage submitDossier(String nominee, String position) throws IOException {
        return ProposalFormPage.openNew(browser).nomineeName(nominee).position(position).title("Lao động tiên tiến")
                .summary("Hoàn thành tốt nhiệm vụ năm 2025.").addNominee().saveDraft()
                .attach("Tờ trình", pdf("Tờ trình.pdf")).attach("Báo cáo thành tích", pdf("Báo cáo thành tích.pdf"))
                .submit();
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
