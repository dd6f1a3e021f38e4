package vn.tdkt.it.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.tdkt.it.support.Deployments;
import vn.tdkt.it.support.OpenTestModuleAuthentication;
import vn.tdkt.it.support.TestDatabase;
import vn.tdkt.it.support.TestDossiers;
import vn.tdkt.it.support.TestFiles;

/**
 * A second WildFly of its own for the crash test: the server this module built ({@code target/wildfly}, its
 * modules shared) with a base directory of its own ({@code target/crash-server}: configuration copied, its own data
 * and log), on a port offset of its own, against a database of its own on the test PostgreSQL, in demo mode,
 * running the built EAR plus {@link SubmissionLoad}. Started with the distribution's {@code standalone.sh}, as an
 * operator starts it, and killed as a crash kills it: SIGKILL to its Java process, no shutdown hook runs.
 */
final class CrashServer implements AutoCloseable {

    static final String DATABASE = "tdkt_crash";

    private static final String LOAD_CONTEXT = "/tdkt-load";

    private final Path home = Path.of(System.getProperty("jboss.home", "target/wildfly")).toAbsolutePath();

    private final Path base = home.resolveSibling("crash-server");

    private final int offset = Integer.parseInt(System.getProperty("tdkt.test.crash.port.offset", "300"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process script;

    private int starts;

    /** A fresh base directory and an empty database; the EAR placed for the deployment scanner. */
    static CrashServer prepare() throws IOException, SQLException {
        CrashServer server = new CrashServer();
        server.prepareBase();
        try (Connection connection = TestDatabase.dataSource().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        return server;
    }

    private void prepareBase() throws IOException {
        TestFiles.deleteRecursively(base);
        Path configuration = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // The test server's own deployments, if it runs meanwhile, stay with it: this one deploys by its scanner.
        Path config = configuration.resolve("standalone.xml");
        Files.writeString(config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
        WebArchive load = ShrinkWrap.create(WebArchive.class, "tdkt-load.war")
                .addClasses(SubmissionLoad.class, TestDossiers.class, OpenTestModuleAuthentication.class);
        Deployments.withWebModule(Deployments.application(), load, LOAD_CONTEXT).as(ZipExporter.class)
                .exportTo(Files.createDirectories(base.resolve("deployments")).resolve("tdkt.ear").toFile(), true);
    }

    /** The application's address on this server, e.g. {@code url("/tdkt/api/v1/tasks")}. */
    String url(String path) {
        return "http://127.0.0.1:" + (8080 + offset) + path;
    }

    String loadUrl(String path) {
        return url(LOAD_CONTEXT + path);
    }

    /** Starts the server and returns once the application answers (the deployment scanner deployed it). */
    void start(Duration within) throws IOException, InterruptedException {
        starts++;
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1",
                "-Dtdkt.db.url=jdbc:postgresql://127.0.0.1:" + System.getProperty("tdkt.test.db.port") + "/"
                        + DATABASE,
                "-Dtdkt.db.user=postgres", "-Dtdkt.demo=true", "-Dtdkt.mail.enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve("console-" + starts + ".log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx768m -Dfile.encoding=UTF-8"
                + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
        builder.environment().remove("LAUNCH_JBOSS_IN_BACKGROUND");
        script = builder.start();
        long deadline = System.nanoTime() + within.toNanos();
        while (!(answers(loadUrl(SubmissionLoad.READY)) && answers(url("/tdkt/login.xhtml")))) {
            if (!script.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The crash test's server did not come up; see "
                        + base.resolve("console-" + starts + ".log") + " and " + base.resolve("log/server.log"));
            }
            Thread.sleep(250);
        }
    }

    private boolean answers(String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            // Not listening yet, or the deployment not yet serving.
            return false;
        }
    }

    /** SIGKILL to the server's Java process, as the kernel's OOM killer or a pulled plug ends it. */
    void kill() {
        ProcessHandle java = java();
        java.destroyForcibly();
        java.onExit().join();
        script.onExit().join();
    }

    /** A normal shutdown (SIGTERM), for the end of the test. */
    @Override
    public void close() {
        if (script != null && script.isAlive()) {
            ProcessHandle java = java();
            java.destroy();
            try {
                java.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                java.destroyForcibly();
            }
            script.destroy();
        }
    }

    private ProcessHandle java() {
        return script.toHandle().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst()
                .orElseThrow(() -> new IllegalStateException("standalone.sh runs no java process"));
    }
}
