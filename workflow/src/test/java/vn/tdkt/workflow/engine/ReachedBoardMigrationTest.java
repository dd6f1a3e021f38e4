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
 * Migration V23 records which existing dossiers came to the provincial board, so that the board keeps reading
 * those and no longer reads the ones a unit decided itself: judged by the status, or by an event only the board (or
 * a bloc's sending) records.
 */
class ReachedBoardMigrationTest {

    private static TestDatabase.Scratch database;

    @BeforeAll
    static void dossiersBeforeV23() throws SQLException {
        database = TestDatabase.migratedTo("22");
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            String[][] dossiers = {{"1", "DRAFT"}, {"2", "AWAITING_UNIT_DECISION"}, {"3", "DECIDED"},
                {"4", "DECIDED"}, {"5", "IN_APPRAISAL"}, {"6", "NOT_COMMENDED"}, {"7", "AT_BOARD"}};
            for (String[] dossier : dossiers) {
                statement.executeUpdate("INSERT INTO proposal (id, number, unit_id, status, created_by, created_at,"
                        + " achievement_year) VALUES (" + dossier[0] + ", 'P-" + dossier[0] + "',"
                        + " (SELECT min(id) FROM org_unit), '" + dossier[1] + "', 'clerk', now(), 2025)");
            }
            // 3 was decided by its unit head; 4 by the board's approver; 6 refused by the board's appraisal.
            statement.executeUpdate("INSERT INTO proposal_event (id, proposal_id, occurred_at, actor_username,"
                    + " actor_name, action, actor_role) VALUES"
                    + " (1, 3, now(), 'leader', 'Thủ trưởng', 'DECIDED', 'UNIT_LEADER'),"
                    + " (2, 4, now(), 'appraiser', 'Thẩm định', 'ACCEPTED_AT_BOARD', 'APPRAISER'),"
                    + " (3, 4, now(), 'approver', 'Chủ tịch', 'DECIDED', 'APPROVER'),"
                    + " (4, 6, now(), 'appraiser', 'Thẩm định', 'NOT_COMMENDED', 'APPRAISER')");
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
    void onlyTheDossiersThatCameToTheBoardAreMarked() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM proposal WHERE reached_board ORDER BY id")) {
            List<Long> marked = new ArrayList<>();
            while (rows.next()) {
                marked.add(rows.getLong(1));
            }
            assertThat(marked).containsExactly(4L, 5L, 6L, 7L);
        }
    }
}
