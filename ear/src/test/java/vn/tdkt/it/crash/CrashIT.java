package vn.tdkt.it.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import vn.tdkt.it.crash.ProcedureLoad.Completed;
import vn.tdkt.it.support.TestDatabase;

/**
 * {@code kill -9} of WildFly in the middle of a load of submissions and decisions, then a restart: everything the
 * server acknowledged to its users is there, no dossier is stuck between steps (the consistency check finds
 * nothing, and every dossier goes on to its decision), and nothing is in the award register twice. Runs on a
 * server and a database of its own ({@link CrashServer}), alone: the two servers share two cores.
 */
@Isolated
@Order(Integer.MAX_VALUE - 1)
class CrashIT {

    private static final Duration START = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aServerKilledUnderLoadKeepsEveryAcknowledgedActionAndLeavesNoDossierHalfway() throws Exception {
        try (CrashServer server = CrashServer.prepare()) {
            server.start(START);
            ProcedureLoad load = new ProcedureLoad(server);
            load.start(3);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!load.acknowledged(12, 4)) {
                assertThat(System.nanoTime()).as("the load got going: %s", load.unexpected()).isLessThan(deadline);
                Thread.sleep(50);
            }
            server.kill();
            load.stop();
            Set<Long> submitted = load.submitted();
            Set<Completed> completed = load.completed();
            assertThat(load.unexpected()).as("answers while the server was up").isEmpty();

            server.start(START);
            DataSource database = TestDatabase.dataSource(CrashServer.DATABASE);

            Map<Long, String> statusOf = statuses(database, submitted);
            assertThat(statusOf.keySet()).as("every acknowledged submission").containsAll(submitted);
            assertThat(statusOf.values()).as("acknowledged submissions are past the draft").doesNotContain("DRAFT");
            assertThat(recordedSteps(database, completed)).as("every acknowledged decision")
                    .containsAll(completed);
            List<Object> afterCrash = consistencyFindings(server);
            assertThat(afterCrash).as("the consistency check after the crash").isEmpty();

            // Nothing is stuck: every dossier the load made, acknowledged or cut off, goes on to its decision.
            long drainDeadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (load.completeEveryOpenStep() > 0) {
                assertThat(System.nanoTime()).as("the dossiers reach their decisions").isLessThan(drainDeadline);
            }
            assertThat(load.unexpected()).as("answers after the restart").isEmpty();
            Map<String, Integer> byStatus = loadDossiersByStatus(database);
            assertThat(byStatus.keySet()).as("every dossier of the load decided (drafts cut off before submitting"
                    + " stay drafts)").isSubsetOf(Set.of("DECIDED", "DRAFT"));
            int decided = byStatus.getOrDefault("DECIDED", 0);
            assertThat(registerLinesOfLoad(database)).as("one register line per decided nominee").isEqualTo(decided);
            assertThat(linesTwice(database)).as("register lines held twice").isEmpty();
            assertThat(consistencyFindings(server)).as("the consistency check at the end").isEmpty();

            System.out.printf("CrashIT: SIGKILL after %d submissions and %d decisions acknowledged (%s); after the"
                    + " restart all %d and %d found, consistency check: %d findings; then %d dossiers decided, %d"
                    + " drafts cut off before submitting, %d register lines, none twice, consistency check: 0"
                    + " findings.%n", submitted.size(), completed.size(), bySteps(completed), submitted.size(),
                    completed.size(), afterCrash.size(), decided, byStatus.getOrDefault("DRAFT", 0),
                    registerLinesOfLoad(database));
        }
    }

    private static Map<String, Long> bySteps(Set<Completed> completed) {
        Map<String, Long> counts = new HashMap<>();
        completed.forEach(c -> counts.merge(c.taskKey(), 1L, Long::sum));
        return counts;
    }

    private static Map<Long, String> statuses(DataSource database, Set<Long> ids) throws SQLException {
        Map<Long, String> found = new HashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement sql = connection.prepareStatement(
                        "SELECT id, status FROM proposal WHERE id = ANY (?)")) {
            sql.setArray(1, ids(connection, ids));
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return found;
    }

    private static Set<Completed> recordedSteps(DataSource database, Set<Completed> completed) throws SQLException {
        Set<Long> proposals = new HashSet<>();
        completed.forEach(c -> proposals.add(c.proposalId()));
        Set<Completed> found = new HashSet<>();
        try (Connection connection = database.getConnection();
                PreparedStatement sql = connection.prepareStatement("SELECT proposal_id, task_key FROM proposal_event"
                        + " WHERE proposal_id = ANY (?) AND task_key IS NOT NULL")) {
            sql.setArray(1, ids(connection, proposals));
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    found.add(new Completed(rows.getLong(1), rows.getString(2)));
                }
            }
        }
        return found;
    }

    private static Map<String, Integer> loadDossiersByStatus(DataSource database) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (List<Object> row : query(database, "SELECT p.status, count(DISTINCT p.id) FROM proposal p"
                + " JOIN proposal_nominee n ON n.proposal_id = p.id WHERE n.full_name LIKE ? GROUP BY p.status",
                ProcedureLoad.NOMINEE + "%")) {
            counts.put((String) row.get(0), ((Number) row.get(1)).intValue());
        }
        return counts;
    }

    private static int registerLinesOfLoad(DataSource database) throws SQLException {
        return ((Number) query(database, "SELECT count(*) FROM award WHERE nominee_name LIKE ?",
                ProcedureLoad.NOMINEE + "%").get(0).get(0)).intValue();
    }

    /** Register lines of the same dossier and nominee held more than once, in the whole register. */
    private static List<List<Object>> linesTwice(DataSource database) throws SQLException {
        return query(database, "SELECT proposal_id, nominee_name, count(*) FROM award WHERE proposal_id IS NOT NULL"
                + " GROUP BY proposal_id, nominee_name HAVING count(*) > 1");
    }

    private static List<List<Object>> query(DataSource database, String text, Object... parameters)
            throws SQLException {
        List<List<Object>> result = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement sql = connection.prepareStatement(text)) {
            for (int i = 0; i < parameters.length; i++) {
                sql.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        row.add(rows.getObject(column));
                    }
                    result.add(row);
                }
            }
        }
        return result;
    }

    private static Array ids(Connection connection, Set<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray());
    }

    /** The administrator's consistency check over REST, as {@code scripts/consistency-check.sh} runs it. */
    private List<Object> consistencyFindings(CrashServer server) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.url(
                "/tdkt/api/v1/admin/consistency"))).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Object> findings = (List<Object>) new org.openqa.selenium.json.Json().toType(answer.body(),
                List.class);
        return findings;
    }
}
