package vn.tdkt.workflow.inbox;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Every half minute, folds the inbox's pending count changes into the audiences' tallies ({@link InboxTallies}), so
 * that an unfiltered count adds at most half a minute of changes to one row. Not persistent: a missed run is
 * simply the next one. Each server of a cluster runs it; the statement is safe to run twice at once. It waits for
 * the schema migration: on a new database the first timeout can come before the tables exist.
 */
@Singleton
@DependsOn("SchemaMigration")
public class InboxTallyCompaction {

    @Resource(lookup = "java:jboss/datasources/AppDS")
    private DataSource dataSource;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void compact() {
        try (Connection connection = dataSource.getConnection()) {
            InboxTallies.compact(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("No connection for the inbox tallies", e);
        }
    }
}
