package vn.tdkt.workflow.engine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/**
 * A real PostgreSQL (embedded binaries) brought to the current schema the way {@link SchemaMigration} does it at
 * server start: same locations, same Java migration for the engine tables. The engine tests therefore run on
 * exactly the schema production gets, not on one the engine made for itself.
 */
final class TestDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private TestDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts an empty server and runs every migration on it. */
    static TestDatabase startMigrated() {
        TestDatabase database = startEmpty();
        try {
            migrate(database.dataSource());
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Starts an empty server and runs the migrations up to {@code version}, to test the data migration after it. */
    static TestDatabase startMigratedTo(String version) {
        TestDatabase database = startEmpty();
        try {
            SchemaMigration.configuration(database.dataSource()).target(version).load().migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static TestDatabase startEmpty() {
        // PostgreSQL refuses to run as root, and CI runs as root: the library then starts it through
        // "unshare -U", which needs unprivileged user namespaces on the machine.
        try {
            return new TestDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** Exactly the server's migration. */
    static void migrate(DataSource dataSource) {
        SchemaMigration.migrate(dataSource);
    }

    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
