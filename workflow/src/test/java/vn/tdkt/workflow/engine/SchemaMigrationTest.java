package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The schema that {@link SchemaMigration} leaves behind: ours, the engine's, and our index on the engine's. */
class SchemaMigrationTest {

    private static DataSource dataSource;

    /** The engine tests' shared database, migrated from empty by exactly the server's migration. */
    @BeforeAll
    static void migrate() {
        dataSource = TestDatabase.shared();
    }

    private static List<String> column(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    @Test
    void taskCompletionsFindChildTasksThroughAnIndex() throws SQLException {
        assertThat(column("SELECT indexdef FROM pg_indexes"
                + " WHERE tablename = 'act_ru_task' AND indexname = 'act_idx_task_parent_task'"))
                .singleElement().asString()
                .contains("(parent_task_id_)");
    }

    @Test
    void everyMigrationOfDomainAndWorkflowRanInOrderAndSucceeded() throws SQLException {
        assertThat(column("SELECT version || ':' || type || ':' || success FROM flyway_schema_history"
                + " WHERE version IS NOT NULL ORDER BY installed_rank"))
                .containsExactly("1:SQL:true", "2:SQL:true", "3:SQL:true", "4:JDBC:true", "5:SQL:true",
                        "6:SQL:true", "7:SQL:true", "8:SQL:true", "9:SQL:true",
                        "10:SQL:true", "11:SQL:true", "12:SQL:true", "13:SQL:true", "14:SQL:true",
                        "15:SQL:true", "16:SQL:true", "17:SQL:true", "18:SQL:true", "19:SQL:true",
                        "20:SQL:true", "21:SQL:true", "22:SQL:true", "23:SQL:true", "24:SQL:true",
                        "25:SQL:true", "26:SQL:true", "27:SQL:true", "28:SQL:true", "29:SQL:true", "30:SQL:true",
                        "31:SQL:true");
    }

    @Test
    void theEngineTablesMatchTheEngineOnTheClasspath() throws SQLException {
        // An engine upgrade without a matching schema migration would fail only at server start otherwise.
        assertThat(column("SELECT version_ FROM act_ge_schema_log ORDER BY timestamp_ DESC, id_ DESC LIMIT 1"))
                .containsExactly(ProductPropertiesUtil.getProductVersion());
        assertThat(column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .contains("act_ru_task", "act_hi_procinst", "act_re_procdef", "act_ru_variable", "org_unit",
                        "app_user", "title", "proposal", "proposal_event");
    }

    @Test
    void runningTheMigrationsAgainAtTheNextStartChangesNothing() throws SQLException {
        List<String> before = column("SELECT installed_rank || ':' || checksum FROM flyway_schema_history");

        TestDatabase.migrate(dataSource);

        assertThat(column("SELECT installed_rank || ':' || checksum FROM flyway_schema_history"))
                .isEqualTo(before);
    }

    @Test
    void theCommendationBoardExistsInEveryInstallation() throws SQLException {
        assertThat(column("SELECT code FROM org_unit")).contains("BAN_TDKT");
        assertThat(column("SELECT code FROM title WHERE active ORDER BY sort_order"))
                .startsWith("LDTT", "CSTT", "CSTDCS");
    }
}
