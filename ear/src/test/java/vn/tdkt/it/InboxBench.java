package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.inbox.InboxCounts;
import vn.tdkt.workflow.inbox.InboxFilter;
import vn.tdkt.workflow.inbox.InboxItem;
import vn.tdkt.workflow.inbox.InboxSort;
import vn.tdkt.workflow.inbox.InboxTallies;
import vn.tdkt.workflow.inbox.QuickFilter;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * Server time of the inbox page (target p95 ≤ 150 ms): the two service calls the page makes per render — one page
 * of 20 rows and the quick filters' counts — for the unit head "leader", with 100,000 open tasks (10,000 offered
 * to the leader's group, 1,000 of them held by the leader) and 1,000,000 history rows, by 1 and by 50 concurrent
 * sessions. The data is bulk-inserted with SQL (projection, engine runtime and history tables, proposals and their
 * nominees) rather than by 100,000 process starts, and removed afterwards. Reports; asserts no timer.
 */
@ExtendWith(ArquillianExtension.class)
class InboxBench {

    private static final int TASKS = 100_000;
    private static final int HISTORY = 1_000_000;
    private static final int SESSIONS = 50;
    private static final int REQUESTS_PER_SESSION = 40;
    private static final long BASE = 20_000_000L;
    /** Think time of the realistic run: uniform in [THINK_MILLIS / 2, 3 * THINK_MILLIS / 2], mean 1 s. */
    private static final int THINK_MILLIS = 1_000;

    @Inject
    Inbox inbox;

    @Inject
    UserDirectory users;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    @Test
    void inboxPageOfALeaderUnderFiftySessions() throws Exception {
        removeSeed();
        long seedStart = System.nanoTime();
        seed();
        // What the server's compaction does within half a minute of the load (InboxTallyCompaction).
        try (Connection connection = dataSource.getConnection()) {
            InboxTallies.compact(connection);
        }
        vacuum("inbox_task", "inbox_audience", "inbox_audience_change", "inbox_audience_tally", "proposal",
                "proposal_nominee");
        System.out.printf("BENCH inbox: seeded %,d open tasks and %,d history rows in %d s%n", TASKS, HISTORY,
                (System.nanoTime() - seedStart) / 1_000_000_000L);
        Actor leader = users.actorFor("leader").orElseThrow();
        InboxFilter all = InboxFilter.all();
        InboxCounts counts = inbox.counts(leader, all);
        System.out.println("BENCH inbox: leader's counts " + counts);
        assertThat(counts.getAll()).isGreaterThanOrEqualTo(10_000);
        assertThat(inbox.page(leader, all, 0, 20)).hasSize(20);
        explain(leader);

        InboxFilter overdueLdtt = InboxFilter.all();
        overdueLdtt.setTitleId(1L);
        overdueLdtt.setQuick(QuickFilter.OVERDUE);
        // A running server is warm: its JIT has settled (a few thousand renders) and its pool holds as many open
        // connections, each with its statements prepared, as the load needs. 2,000 renders by as many sessions as
        // measured before measuring.
        measure("warm-up", leader, all, SESSIONS, 2_000 / SESSIONS);
        measure("1 session, no filter", leader, all, 1, 200);
        measure(SESSIONS + " sessions, no filter", leader, all, SESSIONS, REQUESTS_PER_SESSION);
        measure(SESSIONS + " sessions, title + overdue", leader, overdueLdtt, SESSIONS, REQUESTS_PER_SESSION);
        measure(SESSIONS + " sessions, page 50 (offset 980)", leader, all, SESSIONS, REQUESTS_PER_SESSION, 980);
        InboxFilter received = InboxFilter.all();
        received.setSort(InboxSort.RECEIVED);
        measure(SESSIONS + " sessions, newest first", leader, received, SESSIONS, REQUESTS_PER_SESSION);
        measure(SESSIONS + " sessions, think 0.5-1.5 s", leader, all, SESSIONS, 20, 0, THINK_MILLIS);
    }

    @AfterEach
    void removeSeed() throws SQLException {
        sql("DELETE FROM act_hi_actinst WHERE id_ LIKE 'bench-%'",
                "DELETE FROM act_ru_identitylink WHERE id_ LIKE 'bench-%'",
                "DELETE FROM act_ru_task WHERE id_ LIKE 'bench-%'",
                "DELETE FROM inbox_task WHERE task_id LIKE 'bench-%'",
                "DELETE FROM proposal_nominee WHERE id >= " + BASE + " AND id < " + (BASE + 10_000_000L),
                "DELETE FROM proposal WHERE id >= " + BASE + " AND id < " + (BASE + 10_000_000L));
    }

    private void measure(String label, Actor actor, InboxFilter filter, int sessions, int requests)
            throws Exception {
        measure(label, actor, filter, sessions, requests, 0);
    }

    private void measure(String label, Actor actor, InboxFilter filter, int sessions, int requests, int offset)
            throws Exception {
        measure(label, actor, filter, sessions, requests, offset, 0);
    }

    /**
     * Each session renders the page {@code requests} times: page of 20 + counts, the two calls InboxView makes per
     * render. With {@code think} 0 the sessions render back to back (a saturated closed loop); otherwise each waits
     * a uniform random time around {@code think} ms between renders (sessions start at random moments within it).
     */
    private void measure(String label, Actor actor, InboxFilter filter, int sessions, int requests, int offset,
            int think) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        List<Callable<List<Long>>> work = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            work.add(() -> {
                List<Long> micros = new ArrayList<>();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                if (think > 0) {
                    Thread.sleep(random.nextInt(think));
                }
                for (int r = 0; r < requests; r++) {
                    if (think > 0 && r > 0) {
                        Thread.sleep(think / 2 + random.nextInt(think + 1));
                    }
                    long start = System.nanoTime();
                    List<InboxItem> page = inbox.page(actor, filter, offset, 20);
                    InboxCounts counts = inbox.counts(actor, filter);
                    micros.add((System.nanoTime() - start) / 1_000);
                    if (page.isEmpty() && counts.getAll() > offset) {
                        throw new AssertionError("empty page");
                    }
                }
                return micros;
            });
        }
        long start = System.nanoTime();
        List<Long> all = new ArrayList<>();
        try {
            for (Future<List<Long>> done : pool.invokeAll(work)) {
                all.addAll(done.get());
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(all);
        System.out.printf("BENCH inbox: %-36s %5d renders in %5.1f s (%6.1f/s): p50 %6.1f ms, p95 %6.1f ms,"
                + " p99 %6.1f ms, max %6.1f ms%n", label, all.size(), seconds, all.size() / seconds,
                percentile(all, 50), percentile(all, 95), percentile(all, 99), all.get(all.size() - 1) / 1000.0);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    /** The plans of the statements InboxQuery sends for the page and the counts (literal values, same shape). */
    private void explain(Actor actor) throws SQLException {
        String mine = "ARRAY['user:" + actor.username() + "', 'UNIT_LEADER@" + actor.unitCode() + "']::varchar[]";
        String order = " ORDER BY %1$s.due_at ASC NULLS LAST, %1$s.created_at DESC, %1$s.task_id";
        String overdueTitle = " AND a.due_at < now() AND EXISTS (SELECT 1 FROM proposal_nominee n"
                + " WHERE n.proposal_id = a.proposal_id AND n.title_id = 1)";
        String title = " AND EXISTS (SELECT 1 FROM proposal_nominee n WHERE n.proposal_id = a.proposal_id"
                + " AND n.title_id = 1)";
        String counts = "SELECT count(*), count(*) FILTER (WHERE a.due_at < now()),"
                + " count(*) FILTER (WHERE a.due_at >= now() AND a.due_at <= now() + interval '3 days'),"
                + " count(*) FILTER (WHERE a.returned) FROM (SELECT a.task_id, a.due_at, a.returned"
                + " FROM inbox_audience a WHERE a.audience = ANY(" + mine + ")%s) a";
        for (String query : new String[] {
            pageOfHits(mine, "", order, 20, 0),
            pageOfHits(mine, overdueTitle, order, 20, 0),
            pageOfHits(mine, "", order, 20, 980),
            "SELECT (SELECT coalesce(sum(x.o), 0) FROM (SELECT t.open_tasks AS o FROM inbox_audience_tally t"
                    + " WHERE t.audience = ANY(" + mine + ") UNION ALL SELECT c.open_delta FROM inbox_audience_change c"
                    + " WHERE c.audience = ANY(" + mine + ")) x), (SELECT count(*) FROM inbox_audience a"
                    + " WHERE a.audience = ANY(" + mine + ") AND a.due_at < now())",
            counts.formatted(title)}) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet plan = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
                StringBuilder text = new StringBuilder("BENCH inbox: plan\n");
                while (plan.next()) {
                    text.append("    ").append(plan.getString(1)).append('\n');
                }
                System.out.print(text);
            }
        }
    }

    private static String pageOfHits(String mine, String where, String order, int limit, int offset) {
        return "SELECT h.task_id FROM unnest(" + mine + ") AS m(audience) CROSS JOIN LATERAL"
                + " (SELECT a.task_id, a.due_at, a.created_at FROM inbox_audience a WHERE a.audience = m.audience"
                + where + order.formatted("a") + " LIMIT " + (offset + limit) + ") h" + order.formatted("h")
                + " LIMIT " + limit + " OFFSET " + offset;
    }

    /**
     * 100,000 proposals with a nominee each and an open task each: every tenth task is the review of the leader's
     * unit (VKSND), every hundredth held by the leader; the rest spread over the other units' heads, clerks and
     * council secretaries and the board's appraisers, a third with due dates around today (some overdue).
     */
    private void seed() throws SQLException {
        String units = "WITH u AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(code ORDER BY id) AS codes,"
                + " count(*)::int AS n FROM org_unit WHERE code NOT IN ('BAN_TDKT', 'VKSND'))";
        String vksnd = "(SELECT id FROM org_unit WHERE code = 'VKSND')";
        sql(units + " INSERT INTO proposal (id, version, number, unit_id, status, created_by, created_at,"
                + " achievement_year, commendation_type)"
                + " SELECT " + BASE + " + i, 0, 'BENCH-' || i, CASE WHEN i % 10 = 0 THEN " + vksnd
                + " ELSE u.ids[1 + i % u.n] END, 'SUBMITTED', 'bench', now(), 2025, 'MERIT'"
                + " FROM generate_series(1, " + TASKS + ") i, u",
                "INSERT INTO proposal_nominee (id, proposal_id, position, kind, full_name, title_id, achievement_report)"
                        + " SELECT " + BASE + " + i, " + BASE
                        + " + i, 0, 'INDIVIDUAL', 'Nguyễn Văn Thử ' || i, 1 + i % 6,"
                        + " 'Hoàn thành xuất sắc nhiệm vụ.' FROM generate_series(1, " + TASKS + ") i",
                units + " INSERT INTO inbox_task (task_id, task_key, task_name, process_instance_id, proposal_id,"
                        + " proposal_number, unit_code, candidate_groups, assignee, created_at, due_at, lead_nominee_name,"
                        + " returned)"
                        + " SELECT 'bench-' || i, k.key, k.key, 'bench-pi-' || i, " + BASE
                        + " + i, 'BENCH-' || i, k.unit,"
                        + " ARRAY[k.grp]::varchar[], CASE WHEN i % 100 = 0 THEN 'leader' END,"
                        + " now() - (i % 2000) * interval '1 hour',"
                        + " CASE WHEN i % 3 = 0 THEN now() + ((i % 40) - 10) * interval '1 day' END,"
                        + " 'Nguyễn Văn Thử ' || i, i % 17 = 0"
                        + " FROM generate_series(1, " + TASKS + ") i, u, LATERAL (SELECT"
                        + "   CASE WHEN i % 10 = 0 THEN 'VKSND' ELSE u.codes[1 + i % u.n] END AS unit,"
                        + "   CASE WHEN i % 10 IN (0, 1, 2, 3) THEN 'Task_UnitHeadReview' WHEN i % 10 IN (4, 5)"
                        + "     THEN 'Task_ReviseProposal' WHEN i % 10 = 6 THEN 'Task_CouncilVote' ELSE 'Task_Appraisal' END AS key,"
                        + "   CASE WHEN i % 10 = 0 THEN 'UNIT_LEADER@VKSND'"
                        + "     WHEN i % 10 IN (1, 2, 3) THEN 'UNIT_LEADER@' || u.codes[1 + i % u.n]"
                        + "     WHEN i % 10 IN (4, 5) THEN 'CLERK@' || u.codes[1 + i % u.n]"
                        + "     WHEN i % 10 = 6 THEN 'COUNCIL_SECRETARY@' || u.codes[1 + i % u.n]"
                        + "     ELSE 'APPRAISER@BAN_TDKT' END AS grp) k",
                "INSERT INTO act_ru_task (id_, rev_, name_, task_def_key_, assignee_, create_time_, due_date_,"
                        + " suspension_state_, priority_) SELECT task_id, 1, task_name, task_key, assignee, created_at, due_at,"
                        + " 1, 50 FROM inbox_task WHERE task_id LIKE 'bench-%'",
                "INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)"
                        + " SELECT 'bench-il-' || task_id, 1, candidate_groups[1], 'candidate', task_id FROM inbox_task"
                        + " WHERE task_id LIKE 'bench-%'",
                "INSERT INTO act_hi_actinst (id_, proc_def_id_, proc_inst_id_, execution_id_, act_id_, act_type_,"
                        + " start_time_, end_time_, duration_)"
                        + " SELECT 'bench-ha-' || i, 'bench', 'bench-pi-' || (i % " + TASKS + "), 'bench-pi-' || (i % "
                        + TASKS + "), 'Task_UnitHeadReview', 'userTask', now() - interval '30 days', now(), 1000"
                        + " FROM generate_series(1, " + HISTORY + ") i",
                "ANALYZE act_ru_task",
                "ANALYZE act_ru_identitylink", "ANALYZE act_hi_actinst");
    }

    /**
     * VACUUM ANALYZE, as autovacuum does within a minute of such a load (its insert threshold), so that the visibility
     * map is set and index-only scans need no heap visits. A snapshot still open elsewhere (autovacuum's own ANALYZE
     * of the freshly loaded tables) can keep pages from being marked: repeat until nine tenths of the pages are.
     */
    private void vacuum(String... tables) throws Exception {
        for (String table : tables) {
            double visible = 0;
            for (int attempt = 0; attempt < 10 && visible < 0.9; attempt++) {
                if (attempt > 0) {
                    Thread.sleep(1_000);
                }
                sql("VACUUM ANALYZE " + table);
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("SELECT CASE WHEN relpages = 0 THEN 1"
                                + " ELSE relallvisible::float / relpages END"
                                + " FROM pg_class WHERE relname = '" + table + "'")) {
                    row.next();
                    visible = row.getDouble(1);
                }
            }
            System.out.printf("BENCH inbox: %s vacuumed, %.0f %% of its pages all-visible%n", table, visible * 100);
        }
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
