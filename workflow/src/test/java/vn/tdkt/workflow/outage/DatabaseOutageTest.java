package vn.tdkt.workflow.outage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;

/** What counts as "the database is out of reach" (the user may try again) and what is a fault (a 500). */
class DatabaseOutageTest {

    @Test
    void aConnectionEndedByAServerShutdownUnderTheEnginesWrappersIsAnOutage() {
        // As logged when PostgreSQL stopped under a decision: EJB → engine → MyBatis → the driver's 57P01.
        SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command",
                "57P01");
        RuntimeException mybatis = new RuntimeException("### Error querying database", shutdown);
        Exception failure = new EJBException(new ProcessEnginePersistenceException(
                "An exception occurred in the persistence layer.", mybatis));

        assertThat(DatabaseOutage.isCause(failure)).isTrue();
    }

    @Test
    void aCommitThatFailedBecauseTheConnectionEndedIsAnOutage() {
        // As logged when PostgreSQL stopped while a submission committed: the transaction manager's rollback
        // exception carries the connection's failure as a suppressed exception, not as its cause.
        RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new Exception("IJ001156: Could not commit local transaction",
                new IllegalStateException("SQLException", new SQLException(
                        "FATAL: terminating connection due to administrator command", "57P01"))));

        assertThat(DatabaseOutage.isCause(new EJBException(rollback))).isTrue();
    }

    @Test
    void aRefusedConnectionAndAConnectionExceptionStateAreOutages() {
        assertThat(DatabaseOutage.isCause(new IllegalStateException(new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("The connection attempt failed.", "08001"))).isTrue();
    }

    @Test
    void theDriversRealCauseInTheNextExceptionOfABatchIsFound() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
        SQLException outer = new SQLException("batch failed", "XX000");
        outer.setNextException(batch);

        assertThat(DatabaseOutage.isCause(outer)).isTrue();
    }

    @Test
    void aFaultOfTheStatementOrTheCodeIsNoOutage() {
        assertThat(DatabaseOutage.isCause(new EJBException(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.isCause(new NullPointerException())).isFalse();
    }
}
