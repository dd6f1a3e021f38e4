package vn.tdkt.workflow.inbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.engine.CandidateGroups;
import vn.tdkt.workflow.engine.TaskSubject;
import vn.tdkt.workflow.inbox.InboxItem.DueState;

/**
 * The inbox read from {@code inbox_task} in SQL: the tasks a user holds plus the unassigned tasks of their groups
 * ({@code ROLE@UNIT}), the same rule as the engine's candidate-group query, filtered, ordered and paged in the
 * database, with the quick filters' counts in one pass. Plain JDBC on the caller's connection so that the server
 * (inside its transaction) and the engine tests run the very same statements.
 *
 * <p>Lists and counts go through {@code inbox_audience} (one row per task and audience: {@code user:<assignee>} for
 * a held task, each candidate group for an offered one), so that "mine" is {@code audience = ANY(my audiences)} on
 * one btree: each audience's first rows in page order come from an ordered index scan with a limit, and the counts
 * from an index-only scan. A task offered to two of the actor's groups has two audience rows; lists and counts
 * then drop the duplicate (only for actors with more than one group, the only ones who can meet it).
 */
public final class InboxQuery {

    /** "Due soon" is at most this many days ahead. */
    public static final int DUE_SOON_DAYS = 3;

    /** Rows fetched at a time when a list is streamed rather than paged. */
    static final int FETCH_ROWS = 500;

    private static final String SELECT = """
            SELECT t.task_id, t.task_key, t.task_name, t.proposal_id, t.proposal_number, t.lead_nominee_name, t.created_at,
                   t.due_at, t.returned, t.unit_code, t.assignee, u.name AS unit_name, p.status, p.return_reason,
                   t.subject_type, t.subject_id,
                   (SELECT count(*) FROM proposal_nominee n WHERE n.proposal_id = t.proposal_id) AS nominees,
                   (SELECT string_agg(x.name_vi, '; ' ORDER BY x.first_position)
                    FROM (SELECT ti.name_vi, min(n.position) AS first_position
                          FROM proposal_nominee n JOIN title ti ON ti.id = n.title_id
                          WHERE n.proposal_id = t.proposal_id GROUP BY ti.id, ti.name_vi) x) AS titles_vi,
                   (SELECT string_agg(x.name_en, '; ' ORDER BY x.first_position)
                    FROM (SELECT ti.name_en, min(n.position) AS first_position
                          FROM proposal_nominee n JOIN title ti ON ti.id = n.title_id
                          WHERE n.proposal_id = t.proposal_id GROUP BY ti.id, ti.name_en) x) AS titles_en
            """;

    private static final String JOINS = """
            LEFT JOIN proposal p ON p.id = t.proposal_id
            LEFT JOIN org_unit u ON u.code = t.unit_code
            """;

    private static final String COLUMNS = SELECT + " FROM inbox_task t " + JOINS;

    private static final String VISIBLE = "(t.assignee = ? OR (t.assignee IS NULL"
            + " AND t.candidate_groups && ?::varchar[]))";

    private final Connection connection;
    private final Actor actor;
    private final LocalDateTime now;

    /** The inbox of {@code actor} as it stands at {@code now} (business time), read through {@code connection}. */
    public InboxQuery(Connection connection, Actor actor, LocalDateTime now) {
        this.connection = connection;
        this.actor = actor;
        this.now = now;
    }

    /** One page of the filtered inbox: {@code limit} rows from {@code offset}, in the filter's order. */
    public List<InboxItem> page(InboxFilter filter, int offset, int limit) {
        List<InboxItem> items = new ArrayList<>();
        forEach(filter, offset, limit, 0, items::add);
        return items;
    }

    /**
     * The first {@code limit} rows of the filtered inbox, in the filter's order, each handed to {@code each} as it
     * arrives: with autocommit off (in a transaction) the driver fetches {@value #FETCH_ROWS} rows at a time.
     */
    public void forEach(InboxFilter filter, int limit, Consumer<InboxItem> each) {
        forEach(filter, 0, limit, FETCH_ROWS, each);
    }

    private void forEach(InboxFilter filter, int offset, int limit, int fetchSize, Consumer<InboxItem> each) {
        Conditions where = conditions(filter, true);
        String order = filter.getSort() == InboxSort.RECEIVED
                ? " ORDER BY %1$s.created_at DESC, %1$s.task_id"
                : " ORDER BY %1$s.due_at ASC NULLS LAST, %1$s.created_at DESC, %1$s.task_id";
        // Each audience's first offset + limit rows in page order (an ordered index scan that stops there), merged,
        // de-duplicated, and the page cut from them; only then the page's 20 rows are joined to their details.
        String sql = "WITH hits AS (SELECT " + (needsDistinct() ? "DISTINCT " : "")
                + "h.task_id, h.due_at, h.created_at"
                + " FROM unnest(?::varchar[]) AS m(audience) CROSS JOIN LATERAL"
                + " (SELECT a.task_id, a.due_at, a.created_at FROM inbox_audience a WHERE a.audience = m.audience"
                + where.sql() + order.formatted("a") + " LIMIT ?) h"
                + order.formatted("h") + " LIMIT ? OFFSET ?) "
                + SELECT + " FROM hits h JOIN inbox_task t ON t.task_id = h.task_id " + JOINS + order.formatted("h");
        long first = Math.max(0, offset);
        long size = Math.max(0, limit);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(fetchSize);
            statement.setArray(1, audiences());
            int next = where.bind(statement, 2);
            statement.setLong(next, first + size);
            statement.setLong(next + 1, size);
            statement.setLong(next + 2, first);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    each.accept(item(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox page not read", e);
        }
    }

    /** The quick filters' counts under the filter's other criteria (its own quick filter aside), in one query. */
    public InboxCounts counts(InboxFilter filter) {
        Conditions where = conditions(filter, false);
        if (where.isEmpty() && !needsDistinct()) {
            return tallied();
        }
        String mine = "SELECT " + (needsDistinct() ? "DISTINCT " : "") + "a.task_id, a.due_at, a.returned"
                + " FROM inbox_audience a WHERE a.audience = ANY(?::varchar[])" + where.sql();
        String sql = "SELECT count(*), count(*) FILTER (WHERE a.due_at < ?),"
                + " count(*) FILTER (WHERE a.due_at >= ? AND a.due_at <= ?), count(*) FILTER (WHERE a.returned)"
                + " FROM (" + mine + ") a";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, timestamp(now));
            statement.setTimestamp(2, timestamp(now));
            statement.setTimestamp(3, timestamp(now.plusDays(DUE_SOON_DAYS)));
            statement.setArray(4, audiences());
            where.bind(statement, 5);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new InboxCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox counts not read", e);
        }
    }

    /**
     * The unfiltered counts: "all" and "returned" from the audiences' tallies plus their pending changes (V15), the
     * two due-date counts as range scans of the due-date index (they depend on the hour, so no tally can hold them).
     * Only for actors with one group: a tally cannot tell that a task offered to two of them is one task.
     */
    private InboxCounts tallied() {
        String sql = """
                SELECT tally.open_tasks,
                       (SELECT count(*) FROM inbox_audience a WHERE a.audience = ANY(?) AND a.due_at < ?),
                       (SELECT count(*) FROM inbox_audience a WHERE a.audience = ANY(?)
                          AND a.due_at >= ? AND a.due_at <= ?),
                       tally.returned_tasks
                FROM (SELECT coalesce(sum(x.open_tasks), 0) AS open_tasks,
                             coalesce(sum(x.returned_tasks), 0) AS returned_tasks
                      FROM (SELECT t.open_tasks, t.returned_tasks FROM inbox_audience_tally t
                            WHERE t.audience = ANY(?)
                            UNION ALL
                            SELECT c.open_delta, c.returned_delta FROM inbox_audience_change c
                            WHERE c.audience = ANY(?)) x) tally
                """;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array audiences = audiences();
            statement.setArray(1, audiences);
            statement.setTimestamp(2, timestamp(now));
            statement.setArray(3, audiences);
            statement.setTimestamp(4, timestamp(now));
            statement.setTimestamp(5, timestamp(now.plusDays(DUE_SOON_DAYS)));
            statement.setArray(6, audiences);
            statement.setArray(7, audiences);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new InboxCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox counts not read", e);
        }
    }

    /**
     * The actor's open task with that id (and key, unless null): held by them, or offered to their group and held by
     * nobody.
     */
    public Optional<InboxItem> task(String taskId, String taskKey) {
        String sql = COLUMNS + " WHERE " + VISIBLE + " AND t.task_id = ? AND t.task_key = coalesce(?, t.task_key)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, actor.username());
            statement.setArray(2, groups());
            statement.setString(3, taskId);
            statement.setString(4, taskKey);
            return read(statement).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox task not read", e);
        }
    }

    /** The proposing units of the actor's open tasks, code to name, by name: the choices of the unit filter. */
    public Map<String, String> units() {
        String sql = "SELECT DISTINCT a.unit_code, coalesce(u.name, a.unit_code) AS name FROM inbox_audience a"
                + " LEFT JOIN org_unit u ON u.code = a.unit_code WHERE a.audience = ANY(?::varchar[])"
                + " AND a.unit_code IS NOT NULL ORDER BY 2";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, audiences());
            Map<String, String> units = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    units.put(rows.getString(1), rows.getString(2));
                }
            }
            return units;
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox units not read", e);
        }
    }

    /** Who holds the open task, whoever asks; empty when nobody does or the task is no longer open. */
    public Optional<String> holderOf(String taskId) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT assignee FROM inbox_task WHERE task_id = ? AND assignee IS NOT NULL")) {
            statement.setString(1, taskId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox task not read", e);
        }
    }

    private Conditions conditions(InboxFilter filter, boolean withQuick) {
        Conditions where = new Conditions();
        if (filter.getUnitCode() != null) {
            where.add("a.unit_code = ?", filter.getUnitCode());
        }
        if (filter.getTitleId() != null) {
            // A dossier has several nominees: it matches when any of them is proposed for the title.
            where.add("EXISTS (SELECT 1 FROM proposal_nominee n WHERE n.proposal_id = a.proposal_id"
                    + " AND n.title_id = ?)", filter.getTitleId());
        }
        if (filter.getMovementId() != null) {
            where.add("a.movement_id = ?", filter.getMovementId());
        }
        if (filter.getDueBefore() != null) {
            where.add("a.due_at < ?", timestamp(filter.getDueBefore().plusDays(1).atStartOfDay()));
        }
        if (withQuick) {
            switch (filter.getQuick()) {
                case OVERDUE -> where.add("a.due_at < ?", timestamp(now));
                case DUE_SOON -> where.add("a.due_at >= ? AND a.due_at <= ?", timestamp(now),
                        timestamp(now.plusDays(DUE_SOON_DAYS)));
                case RETURNED -> where.add("a.returned");
                case ALL -> {}
            }
        }
        return where;
    }

    private Array groups() throws SQLException {
        return connection.createArrayOf("varchar", CandidateGroups.of(actor).toArray(String[]::new));
    }

    /** The audience values the actor reads: their own ({@code user:<username>}) and their groups'. */
    private Array audiences() throws SQLException {
        List<String> audiences = new ArrayList<>();
        audiences.add(USER_AUDIENCE + actor.username());
        audiences.addAll(CandidateGroups.of(actor));
        return connection.createArrayOf("varchar", audiences.toArray(String[]::new));
    }

    /** A task held by the actor has only its user row; an offered one can meet the actor twice only via two groups. */
    private boolean needsDistinct() {
        return CandidateGroups.of(actor).size() > 1;
    }

    /** The audience of a held task, before the holder's username (see V13). */
    public static final String USER_AUDIENCE = "user:";

    /** A conjunction of SQL conditions and their parameters, in order. */
    private final class Conditions {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        void add(String condition, Object... values) {
            sql.append(" AND ").append(condition);
            parameters.addAll(List.of(values));
        }

        String sql() {
            return sql.toString();
        }

        boolean isEmpty() {
            return parameters.isEmpty() && sql.isEmpty();
        }

        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object value : parameters) {
                statement.setObject(index++, value);
            }
            return index;
        }
    }

    private List<InboxItem> read(PreparedStatement statement) throws SQLException {
        List<InboxItem> items = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                items.add(item(rows));
            }
        }
        return items;
    }

    private InboxItem item(ResultSet rows) throws SQLException {
        LocalDateTime due = local(rows.getTimestamp("due_at"));
        String status = rows.getString("status");
        long proposalId = rows.getLong("proposal_id");
        int nominees = rows.getInt("nominees");
        return new InboxItem(rows.getString("task_id"), rows.getString("task_key"), proposalId,
                rows.getString("proposal_number"), rows.getString("lead_nominee_name"), Math.max(0, nominees - 1),
                rows.getString("titles_vi"), rows.getString("titles_en"), rows.getString("unit_name"),
                local(rows.getTimestamp("created_at")), status == null ? null : ProposalStatus.valueOf(status),
                rows.getString("return_reason"), rows.getString("unit_code"), rows.getString("assignee"), due,
                rows.getBoolean("returned"), dueState(due), rows.getString("task_name"),
                TaskSubject.of(rows.getString("subject_type"), rows.getObject("subject_id", Long.class)));
    }

    private DueState dueState(LocalDateTime due) {
        if (due == null) {
            return DueState.NONE;
        }
        if (due.isBefore(now)) {
            return DueState.OVERDUE;
        }
        return due.isAfter(now.plusDays(DUE_SOON_DAYS)) ? DueState.NONE : DueState.DUE_SOON;
    }

    /** Business time to the instant the engine's timestamps are written in (JDBC, the JVM's zone). */
    static Timestamp timestamp(LocalDateTime businessTime) {
        return Timestamp.from(businessTime.atZone(BusinessClock.ZONE).toInstant());
    }

    private static LocalDateTime local(Timestamp timestamp) {
        return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), BusinessClock.ZONE);
    }
}
