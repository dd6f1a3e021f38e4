package vn.tdkt.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The README's run command: starts PostgreSQL (embedded binaries, data under {@code ~/.tdkt/pgdata}, kept across
 * restarts) unless {@code TDKT_DB_URL} names an external one, then the WildFly this module provisioned with the
 * EAR deployed and demo mode on, and prints the address and demo accounts. Ctrl-C stops both.
 */
public final class DevServer {

    private static final int HTTP_PORT = 8080;
    private static final int DB_PORT = 54329;

    private final Path wildflyHome;
    private final Path ear;
    private EmbeddedPostgres postgres;
    private Process wildfly;

    private DevServer(Path wildflyHome, Path ear) {
        this.wildflyHome = wildflyHome;
        this.ear = ear;
    }

    public static void main(String[] args) throws Exception {
        DevServer server = new DevServer(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "tdkt-dev-server-stop"));
        server.start();
        server.wildfly.waitFor();
    }

    private void start() throws Exception {
        long started = System.nanoTime();
        Map<String, String> database = database();
        deployEar();
        List<String> command = new ArrayList<>(List.of(wildflyHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.http.port=" + HTTP_PORT, "-Dtdkt.demo=true"));
        database.forEach((key, value) -> command.add("-D" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // standalone.sh adds the JDK module flags itself; these replace only its small default heap.
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m "
                + "-Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8");
        wildfly = builder.start();
        waitForDeployment();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("""

                ============================================================
                 TĐKT is running (ready in %d s):  http://localhost:%d/tdkt/
                 Demo accounts (password "demo" for all):
                   clerk    cán bộ thi đua, Viện Kiểm sát nhân dân tỉnh
                   leader   thủ trưởng,     Viện Kiểm sát nhân dân tỉnh
                   clerk2   cán bộ thi đua, Công an tỉnh
                   leader2  thủ trưởng,     Công an tỉnh
                   admin    quản trị hệ thống
                 Press Ctrl-C to stop the server and the database.
                ============================================================
                %n""", seconds, HTTP_PORT);
    }

    /** System properties for the datasource: the external database when configured, else the embedded one. */
    private Map<String, String> database() throws IOException {
        String externalUrl = System.getenv("TDKT_DB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            System.out.println("Using the PostgreSQL at " + externalUrl + " (TDKT_DB_URL); no embedded database.");
            return Map.of();
        }
        Path dataDir = Path.of(System.getProperty("user.home"), ".tdkt", "pgdata");
        Files.createDirectories(dataDir.getParent());
        // Real users' data: durable commits (the embedded default turns fsync and synchronous_commit off).
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(DB_PORT)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        System.out.println("Embedded PostgreSQL on port " + DB_PORT + ", data in " + dataDir);
        return Map.of("tdkt.db.url", "jdbc:postgresql://127.0.0.1:" + DB_PORT + "/postgres",
                "tdkt.db.user", "postgres", "tdkt.db.password", "postgres");
    }

    private void deployEar() throws IOException {
        Path deployments = wildflyHome.resolve("standalone/deployments");
        Files.copy(ear, deployments.resolve("tdkt.ear"), StandardCopyOption.REPLACE_EXISTING);
        for (String marker : List.of(".failed", ".undeployed", ".deployed")) {
            Files.deleteIfExists(deployments.resolve("tdkt.ear" + marker));
        }
    }

    private void waitForDeployment() throws Exception {
        Path deployments = wildflyHome.resolve("standalone/deployments");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!wildfly.isAlive()) {
                throw new IllegalStateException("WildFly stopped during start-up; see its log above");
            }
            if (Files.exists(deployments.resolve("tdkt.ear.failed"))) {
                throw new IllegalStateException("The deployment failed: "
                        + Files.readString(deployments.resolve("tdkt.ear.failed")));
            }
            if (Files.exists(deployments.resolve("tdkt.ear.deployed")) && answers()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("TĐKT did not come up within 5 minutes");
    }

    private static boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(
                    "http://127.0.0.1:" + HTTP_PORT + "/tdkt/login.xhtml").toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(30000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Stops WildFly (and its child processes) and then the database; runs on Ctrl-C. */
    private void stop() {
        if (wildfly != null && wildfly.isAlive()) {
            wildfly.descendants().forEach(ProcessHandle::destroy);
            wildfly.destroy();
            try {
                wildfly.waitFor();
                wildfly.descendants().forEach(ProcessHandle::destroyForcibly);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }
    }
}
