package vn.tdkt.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives tests deploy: always the real EAR this module built, never a hand-picked list of classes. */
public final class Deployments {

    private static final String TEST_MODULE = "tdkt-tests.war";

    private Deployments() {
    }

    /** The EAR exactly as built ({@code target/tdkt.ear}). */
    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("tdkt.ear", "target/tdkt.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "tdkt.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The EAR plus a web module {@code tdkt-tests.war} holding the given test classes (and AssertJ), for tests
     * that run inside the server. The tests get their own module because Arquillian's test runner servlet would
     * otherwise be added to the application's web module, behind its sign-in.
     */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE).addClasses(testClasses)
                .addClasses(OpenTestModuleAuthentication.class, TestDossiers.class, TestBlocs.class)
                .addAsLibrary(jarOf(Assertions.class));
        EnterpriseArchive ear = application();
        String applicationXml;
        try (var in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.setApplicationXML(new StringAsset(applicationXml.replace("</application>",
                "<module><web><web-uri>" + TEST_MODULE + "</web-uri><context-root>/tdkt-tests</context-root>"
                        + "</web></module></application>")));
        return ear.addAsModule(Testable.archiveToTest(tests));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
