package vn.tdkt.workflow.engine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL (embedded binaries) brought to the current schema the way {@link SchemaMigration} does it at
 * server start: same locations, same Java migration for the engine tables. The engine tests therefore run on
 * exactly the schema production gets, not on one the engine made for itself.
 *
 * <p>One server per test JVM, started by the first test that asks and migrated once from empty: starting and
 * migrating a server per test class cost more than the tests themselves. The tests keep out of each other's way
 * through what they create (their own proposal numbers, units, process keys), never by emptying the database.
 * The library's own shutdown hook stops the server when the JVM exits.
 */
final class TestDatabase {

    private static EmbeddedPostgres shared;
    private static final AtomicInteger SCRATCH_NUMBER = new AtomicInteger();

    private TestDatabase() {
    }

    /** The migrated database shared by every engine test of this JVM; started and migrated on first use. */
    static synchronized DataSource shared() {
        if (shared == null) {
            EmbeddedPostgres postgres = start();
            try {
                migrate(postgres.getPostgresDatabase());
            } catch (RuntimeException e) {
                try {
                    postgres.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
            shared = postgres;
        }
        return shared.getPostgresDatabase();
    }

    /**
     * A database of its own in the shared server, empty and migrated up to {@code version}, for a test of the
     * migrations after it (the shared database is already at the latest version); dropped on close.
     */
    static Scratch migratedTo(String version) {
        String name = "scratch_" + SCRATCH_NUMBER.incrementAndGet();
        execute("CREATE DATABASE " + name);
        Scratch scratch = new Scratch(name, shared.getDatabase("postgres", name));
        SchemaMigration.configuration(scratch.dataSource()).target(version).load().migrate();
        return scratch;
    }

    /** A database created for one test class. */
    record Scratch(String name, DataSource dataSource) implements AutoCloseable {

        @Override
        public void close() {
            execute("DROP DATABASE " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = shared().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static EmbeddedPostgres start() {
        // PostgreSQL refuses to run as root, and CI runs as root: the library then starts it through
        // "unshare -U", which needs unprivileged user namespaces on the machine.
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** Exactly the server's migration. */
    static void migrate(DataSource dataSource) {
        SchemaMigration.migrate(dataSource);
    }
}
