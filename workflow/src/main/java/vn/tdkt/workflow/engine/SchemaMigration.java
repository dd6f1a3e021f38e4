package vn.tdkt.workflow.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the database schema to the current version before anything else touches it: our tables (SQL
 * migrations under {@code db/migration} in the domain and workflow jars) and the engine's tables.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    @Resource(lookup = "java:jboss/datasources/AppDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        migrate(dataSource);
    }

    /** Migrates the given database to the current schema; engine tests use this too. */
    public static void migrate(DataSource dataSource) {
        configuration(dataSource).load().migrate();
    }

    /** The migration as the server runs it; a data migration's test stops it at an earlier version first. */
    static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new CamundaEngineSchema())
                .validateMigrationNaming(true);
    }
}
