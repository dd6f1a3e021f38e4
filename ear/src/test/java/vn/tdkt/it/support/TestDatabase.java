package vn.tdkt.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL (embedded binaries) before the test server boots and stops it when the test run
 * ends. Active only in the integration-test run, which names the port ({@code tdkt.test.db.port}); each run
 * starts from an empty data directory so that results never depend on an earlier run.
 */
public class TestDatabase implements LauncherSessionListener {

    private static EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("tdkt.test.db.port");
        if (port == null || postgres != null) {
            return;
        }
        Path dataDir = Path.of(System.getProperty("tdkt.test.db.dir"));
        deleteRecursively(dataDir);
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(port))
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test PostgreSQL on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }

    /** The test database, for tests that look at rows directly (run on the client side). */
    public static DataSource dataSource() {
        if (postgres == null) {
            throw new IllegalStateException("The test database runs only in the integration-test run");
        }
        return postgres.getPostgresDatabase();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
