package vn.tdkt.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        TestFiles.deleteRecursively(dataDir);
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

    /**
     * Stops the test PostgreSQL as an outage does, keeping its data: a fast shutdown (SIGINT to the postmaster) cuts
     * the open connections. {@link #startAgain} brings the same server back on the same port. (pg_ctl refuses to run
     * as root.)
     */
    public static void stopKeepingData() {
        long pid = Long.parseLong(lines(dataDir().resolve("postmaster.pid")).get(0).strip());
        run("kill", "-INT", Long.toString(pid));
        ProcessHandle.of(pid).ifPresent(postmaster -> postmaster.onExit().join());
    }

    /** Starts the stopped test PostgreSQL again with the command line it ran with (its {@code postmaster.opts}). */
    public static void startAgain() {
        try {
            List<String> command = new ArrayList<>(postmasterCommand());
            if ("root".equals(System.getProperty("user.name"))) {
                // As the embedded library does: PostgreSQL refuses root, so it runs in a user namespace.
                command.addAll(0, List.of("unshare", "-U"));
            }
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dataDir().resolveSibling("test-db-restart.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Ready when the postmaster writes "ready" as the status line of its pid file.
        Path pid = dataDir().resolve("postmaster.pid");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!(Files.exists(pid) && lines(pid).stream().anyMatch(line -> line.strip().equals("ready")))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The test PostgreSQL did not start again; see test-db-restart.log");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Path dataDir() {
        return Path.of(System.getProperty("tdkt.test.db.dir"));
    }

    /** The postgres command line of the last start: the binary, then its options, each in double quotes. */
    private static List<String> postmasterCommand() {
        String line = lines(dataDir().resolve("postmaster.opts")).get(0).strip();
        List<String> tokens = new ArrayList<>();
        Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (token.find()) {
            tokens.add(token.group(1) != null ? token.group(1) : token.group(2));
        }
        return tokens;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test database, for tests that look at rows directly (run on the client side). */
    public static DataSource dataSource() {
        if (postgres == null) {
            throw new IllegalStateException("The test database runs only in the integration-test run");
        }
        return postgres.getPostgresDatabase();
    }

    /** Another database of the test PostgreSQL (e.g. the crash test server's), for the same kind of test. */
    public static DataSource dataSource(String database) {
        if (postgres == null) {
            throw new IllegalStateException("The test database runs only in the integration-test run");
        }
        return postgres.getDatabase("postgres", database);
    }
}
