package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration V22 gives the tasks already open when it runs their subject: a bloc review's task the review its process
 * names (variable {@code reviewId}), a proposal's task its proposal, whatever their business keys look like.
 */
class InboxSubjectMigrationTest {

    private static TestDatabase.Scratch database;

    @BeforeAll
    static void openTasksBeforeV22() throws SQLException {
        database = TestDatabase.migratedTo("21");
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO act_ru_execution (id_, proc_inst_id_, business_key_) VALUES"
                    + " ('bloc', 'bloc', 'KHOI-91'), ('proposal', 'proposal', 'VKSND-2026-000001')");
            statement.executeUpdate("INSERT INTO act_ru_variable (id_, type_, name_, execution_id_, proc_inst_id_,"
                    + " var_scope_, long_) VALUES ('v1', 'long', 'reviewId', 'bloc', 'bloc', 'bloc', 91),"
                    + " ('v2', 'long', 'proposalId', 'proposal', 'proposal', 'proposal', 92)");
            statement.executeUpdate("INSERT INTO inbox_task (task_id, task_key, process_instance_id, proposal_id,"
                    + " proposal_number, created_at) VALUES"
                    + " ('t-bloc', 'Task_BlocConsolidate', 'bloc', NULL, 'KHOI-91', now()),"
                    + " ('t-proposal', 'Task_UnitHeadReview', 'proposal', 92, 'VKSND-2026-000001', now()),"
                    + " ('t-none', 'Task_Other', 'gone', NULL, NULL, now())");
        }
        TestDatabase.migrate(database.dataSource());
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theOpenTasksGetTheirSubjectFromTheProcessVariables() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT task_id || ':' || subject_type || ':'"
                        + " || coalesce(subject_id::text, '-') FROM inbox_task ORDER BY task_id")) {
            List<String> subjects = new ArrayList<>();
            while (rows.next()) {
                subjects.add(rows.getString(1));
            }
            assertThat(subjects).containsExactly("t-bloc:BLOC_REVIEW:91", "t-none:PROPOSAL:-",
                    "t-proposal:PROPOSAL:92");
        }
    }
}
