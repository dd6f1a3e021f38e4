package vn.tdkt.it.support;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.tdkt.workflow.signature.EmulatedLocalSigningService;
import vn.tdkt.workflow.signature.TestCertificateAuthority;
import vn.tdkt.workflow.signature.TestTimeStampAuthority;

/**
 * The one archive a test run deploys: the real EAR this module built (never a hand-picked list of the product's
 * classes) plus a web module {@code tdkt-tests.war} holding the tests that run inside the server.
 * {@link TestRunDeployment} deploys it once for every test class of the run; browser and REST tests are plain
 * clients of the same deployment.
 */
public final class Deployments {

    private static final String TEST_MODULE = "tdkt-tests.war";

    /** The packages whose test classes run inside the server: the in-server tests and the benchmarks. */
    private static final List<String> IN_SERVER_PACKAGES = List.of("vn.tdkt.it", "vn.tdkt.bench");

    /** What the in-server tests share (client-side support such as the test database stays out). */
    private static final List<Class<?>> IN_SERVER_SUPPORT = List.of(OpenTestModuleAuthentication.class,
            TestDossiers.class, TestBlocs.class, DesignedDiagrams.class, NomineeSheets.class, SignedInClient.class,
            LoopbackHttp.class);

    /** The benchmark's settings from the Maven command line, read inside the server by {@code LifecycleBench}. */
    public static final String BENCH_SETTINGS = "tdkt-bench.properties";

    private static final List<String> BENCH_KEYS = List.of("bench.lifecycles", "bench.warmup", "bench.threads",
            "bench.rounds", "bench.paths");

    private Deployments() {
    }

    /** The EAR exactly as built ({@code target/tdkt.ear}). */
    public static EnterpriseArchive application() {
        File ear = builtEar().toFile();
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "tdkt.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The EAR plus the test module with every in-server test class. The tests get their own module because
     * Arquillian's test runner servlet would otherwise be added to the application's web module, behind its
     * sign-in.
     */
    public static EnterpriseArchive testRun() {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addClasses(IN_SERVER_SUPPORT.toArray(Class<?>[]::new))
                // The signer's local signing service and its test CA, played in the server by the signing test.
                .addClasses(EmulatedLocalSigningService.class, TestCertificateAuthority.class,
                        TestTimeStampAuthority.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsLibrary(benchSettings())
                // The authorization table that DoorsIT walks: the documentation is the test's input.
                .addAsResource(Path.of("..", "docs", "authorization.md").toFile(), "authorization.md");
        for (String name : IN_SERVER_PACKAGES) {
            // Not recursive: the browser and REST tests (vn.tdkt.it.browser, vn.tdkt.it.api) run in the test JVM.
            tests.addPackages(false, name);
        }
        return withWebModule(application(), Testable.archiveToTest(tests), "/tdkt-tests");
    }

    /** The built EAR with one more web module of the tests' own, at its context root. */
    public static EnterpriseArchive withWebModule(EnterpriseArchive ear, WebArchive module, String contextRoot) {
        String applicationXml;
        try (var in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.setApplicationXML(new StringAsset(applicationXml.replace("</application>",
                "<module><web><web-uri>" + module.getName() + "</web-uri><context-root>" + contextRoot
                        + "</context-root></web></module></application>")));
        return ear.addAsModule(module);
    }

    /** The EAR this module built; the benchmark writes its report beside it. */
    private static Path builtEar() {
        return Path.of(System.getProperty("tdkt.ear", "target/tdkt.ear")).toAbsolutePath();
    }

    private static JavaArchive benchSettings() {
        Properties settings = new Properties();
        for (String key : BENCH_KEYS) {
            if (System.getProperty(key) != null) {
                settings.setProperty(key, System.getProperty(key));
            }
        }
        settings.setProperty("bench.report", builtEar().resolveSibling("lifecycle-bench.txt").toString());
        StringWriter text = new StringWriter();
        try {
            settings.store(text, "LifecycleBench settings from the Maven command line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ShrinkWrap.create(JavaArchive.class, "tdkt-bench-config.jar")
                .addAsResource(new StringAsset(text.toString()), BENCH_SETTINGS);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
