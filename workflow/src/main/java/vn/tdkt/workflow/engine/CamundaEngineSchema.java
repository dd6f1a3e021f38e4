package vn.tdkt.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates the engine's tables by running the engine's own PostgreSQL scripts, in the engine's order, as one
 * versioned migration: the engine itself never creates or changes schema ({@code databaseSchemaUpdate=false}).
 */
public class CamundaEngineSchema implements JavaMigration {

    private static final String[] SCRIPTS = {"engine", "history", "identity", "case.engine", "case.history",
        "decision.engine", "decision.history"};

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "camunda 7.23 engine schema";
    }

    /** Fixed: the scripts belong to the pinned engine version; an engine upgrade is a new migration. */
    @Override
    public Integer getChecksum() {
        return 723;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String part : SCRIPTS) {
                statement.execute(script(part));
            }
        }
    }

    private static String script(String part) throws IOException {
        String resource = "org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql";
        try (InputStream in = CamundaEngineSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Engine schema script missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
