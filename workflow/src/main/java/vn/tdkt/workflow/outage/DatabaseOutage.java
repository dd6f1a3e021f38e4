package vn.tdkt.workflow.outage;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached right now (down, restarting, refusing connections), as
 * opposed to a fault of the request or the code: then the user is asked to try again in a moment, and nothing was
 * done. Recognised by what the layers below report: SQL states of class 08 (connection exception) and 57P
 * (operator intervention: shutdown, crash), a refused TCP connection, or the connection pool that cannot get one.
 */
public final class DatabaseOutage {

    /** What an answer during an outage tells the client to wait: a database restart is usually over by then. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        Deque<Throwable> toSee = new ArrayDeque<>();
        toSee.add(failure);
        while (!toSee.isEmpty()) {
            Throwable t = toSee.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (reportsOutage(t)) {
                return true;
            }
            related(t).forEach(toSee::add);
        }
        return false;
    }

    private static boolean reportsOutage(Throwable t) {
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;
        }
        if (t instanceof ConnectException) {
            return true;
        }
        // IronJacamar's pool, when no connection can be made: "IJ000453: Unable to get managed connection".
        return t.getClass().getName().endsWith("ResourceException") && String.valueOf(t.getMessage())
                .contains("IJ000453");
    }

    /**
     * Where the real cause may be told: the cause; the next exception of a SQL exception chain (JDBC drivers report
     * it there); the suppressed ones (a transaction manager whose commit failed reports the connection's failure as
     * suppressed by its own rollback exception).
     */
    private static List<Throwable> related(Throwable t) {
        List<Throwable> related = new ArrayList<>();
        if (t.getCause() != null) {
            related.add(t.getCause());
        }
        if (t instanceof SQLException sql && sql.getNextException() != null) {
            related.add(sql.getNextException());
        }
        related.addAll(List.of(t.getSuppressed()));
        return related;
    }
}
