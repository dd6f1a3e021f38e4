package vn.tdkt.workflow.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Folds the audiences' pending changes into their tallies (V15), so that a count reads the tally and a few recent
 * changes. One statement: the changes it deletes are exactly those it adds, and a reader sees either both or
 * neither. Changes of transactions still open are invisible to it and wait for the next run; two runs at once (two
 * servers) cannot fold a change twice, the second finds the first's deletions and skips those rows.
 */
public final class InboxTallies {

    private static final String COMPACT = """
            WITH moved AS (DELETE FROM inbox_audience_change RETURNING audience, open_delta, returned_delta)
            INSERT INTO inbox_audience_tally AS t (audience, open_tasks, returned_tasks)
            SELECT audience, sum(open_delta), sum(returned_delta) FROM moved GROUP BY audience
            ON CONFLICT (audience) DO UPDATE SET open_tasks = t.open_tasks + excluded.open_tasks,
                                                 returned_tasks = t.returned_tasks + excluded.returned_tasks
            """;

    private InboxTallies() {
    }

    /** Folds every committed change into the tallies; answers how many audiences' tallies moved. */
    public static int compact(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(COMPACT);
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox tallies not compacted", e);
        }
    }
}
