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
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import vn.tdkt.it.crash.ProcedureLoad.Completed;
import vn.tdkt.it.support.TestDatabase;

/**
 * The server under a load of submissions and decisions ({@link ProcedureLoad}) on a server and a database of its
 * own ({@link CrashServer}): PostgreSQL stopped and started again under the load, then {@code kill -9} of WildFly
 * under the load and a restart. Each time, everything the server acknowledged to its users is there, no dossier is
 * stuck between steps (the consistency check finds nothing, and every dossier goes on to its decision), and nothing
 * is in the award register twice. Runs alone: the two servers share two cores, and PostgreSQL is stopped.
 */
@Isolated
@Order(Integer.MAX_VALUE - 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashIT {

    private static final Duration START = Duration.ofMinutes(4);

    private static final Duration LOAD = Duration.ofMinutes(3);

    private static CrashServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheServer() throws Exception {
        server = CrashServer.prepare();
        server.start(START);
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void postgresRestartedUnderLoadTheServerCarriesOnWithoutARestartAndLosesNothing() throws Exception {
        ProcedureLoad load = new ProcedureLoad(server);
        load.start(3);
        try {
            await(() -> load.acknowledged(6, 2), load);
            TestDatabase.stopKeepingData();
            ProcedureLoad.Progress atOutage;
            try {
                // While it is down the API says "try again" (503 problem, Retry-After), never an error.
                await(() -> load.apiTryAgain() >= 10, load);
                atOutage = load.progress();
            } finally {
                TestDatabase.startAgain();
            }
            // The same server, never restarted, goes on acknowledging every kind of action.
            await(() -> load.acknowledgedBeyond(atOutage, 5, 2), load);
        } finally {
            load.stop();
        }

        int findings = checkAcknowledgedAndConsistent(load);
        String acknowledged = acknowledged(load);
        Outcome outcome = decideEverything(load);
        System.out.printf("CrashIT, PostgreSQL restarted: %s, %d REST answers \"try again\" (503) during the"
                + " outage; all found after it without restarting the server, consistency check: %d findings; %s%n",
                acknowledged, load.apiTryAgain(), findings, outcome);
    }

    @Test
    @Order(2)
    void aServerKilledUnderLoadKeepsEveryAcknowledgedActionAndLeavesNoDossierHalfway() throws Exception {
        ProcedureLoad load = new ProcedureLoad(server);
        load.start(3);
        try {
            await(() -> load.acknowledged(12, 4), load);
            server.kill();
        } finally {
            load.stop();
        }
        assertThat(load.unexpected()).as("answers while the server was up").isEmpty();

        server.start(START);
        int findings = checkAcknowledgedAndConsistent(load);
        String acknowledged = acknowledged(load);
        Outcome outcome = decideEverything(load);
        System.out.printf("CrashIT, SIGKILL: %s before the kill; all found after the restart, consistency check: %d"
                + " findings; %s%n", acknowledged, findings, outcome);
    }

    /** Every acknowledged submission and step is in the database, and the consistency check finds nothing. */
    private int checkAcknowledgedAndConsistent(ProcedureLoad load) throws Exception {
        assertThat(load.unexpected()).as("answers other than done, conflict or try again").isEmpty();
        DataSource database = TestDatabase.dataSource(CrashServer.DATABASE);
        Set<Long> submitted = load.submitted();
        Map<Long, String> statusOf = statuses(database, submitted);
        assertThat(statusOf.keySet()).as("every acknowledged submission").containsAll(submitted);
        assertThat(statusOf.values()).as("acknowledged submissions are past the draft").doesNotContain("DRAFT");
        assertThat(recordedSteps(database, load.completed())).as("every acknowledged decision")
                .containsAll(load.completed());
        List<Object> findings = consistencyFindings();
        assertThat(findings).as("the consistency check").isEmpty();
        return findings.size();
    }

    /** What the load's dossiers came to once every open step was decided. */
    private record Outcome(int decided, int drafts, int registerLines) {

        @Override
        public String toString() {
            return "then " + decided + " dossiers of the load decided in all, " + drafts + " drafts cut off before"
                    + " submitting, " + registerLines + " register lines, none twice, consistency check: 0 findings";
        }
    }

    /**
     * Nothing is stuck: every dossier the load made, acknowledged or cut off, goes on to its decision; each decided
     * nominee is in the register once.
     */
    private Outcome decideEverything(ProcedureLoad load) throws Exception {
        long deadline = System.nanoTime() + LOAD.toNanos();
        while (load.completeEveryOpenStep() > 0) {
            assertThat(System.nanoTime()).as("the dossiers reach their decisions").isLessThan(deadline);
        }
        assertThat(load.unexpected()).as("answers while deciding the rest").isEmpty();
        DataSource database = TestDatabase.dataSource(CrashServer.DATABASE);
        Map<String, Integer> byStatus = loadDossiersByStatus(database);
        assertThat(byStatus.keySet()).as("every dossier of the load decided (drafts cut off before submitting"
                + " stay drafts)").isSubsetOf(Set.of("DECIDED", "DRAFT"));
        int decided = byStatus.getOrDefault("DECIDED", 0);
        int lines = registerLinesOfLoad(database);
        assertThat(lines).as("one register line per decided nominee").isEqualTo(decided);
        assertThat(linesTwice(database)).as("register lines held twice").isEmpty();
        assertThat(consistencyFindings()).as("the consistency check at the end").isEmpty();
        return new Outcome(decided, byStatus.getOrDefault("DRAFT", 0), lines);
    }

    /** Waits for a state of the load, failing with what went wrong if it never comes. */
    private static void await(BooleanSupplier state, ProcedureLoad load) throws InterruptedException {
        long deadline = System.nanoTime() + LOAD.toNanos();
        while (!state.getAsBoolean()) {
            assertThat(load.unexpected()).as("answers other than done, conflict or try again").isEmpty();
            assertThat(System.nanoTime()).as("the load got there").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static String acknowledged(ProcedureLoad load) {
        ProcedureLoad.Progress progress = load.progress();
        return progress.submissions() + " submissions and " + progress.steps().values().stream()
                .mapToLong(Long::longValue).sum() + " decisions acknowledged " + progress.steps();
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
    private List<Object> consistencyFindings() throws Exception {
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
