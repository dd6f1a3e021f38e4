package vn.tdkt.workflow.inbox;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.Texts;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * A user's inbox filters ({@code inbox_filter}): the last one used, restored when the inbox opens, and filters saved
 * under a name. The last filter is stored under the empty name.
 */
@Stateless
public class InboxFilters {

    private static final String LAST = "";
    private static final int MAX_NAME = 100;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    private DataSource dataSource;

    /** The filter the actor used last, or everything. */
    public InboxFilter last(Actor actor) {
        return saved(actor).getOrDefault(LAST, InboxFilter.all());
    }

    /** Remembers the filter the actor is using now. */
    public void remember(Actor actor, InboxFilter filter) {
        store(actor, LAST, filter);
    }

    /** Saves the filter under a name of the actor's choosing, replacing one of the same name. */
    public void save(Actor actor, String name, InboxFilter filter) {
        store(actor, Texts.required("filterName", name, MAX_NAME, false), filter);
    }

    /** The actor's named filters, by name. */
    public Map<String, InboxFilter> named(Actor actor) {
        Map<String, InboxFilter> named = saved(actor);
        named.remove(LAST);
        return named;
    }

    private Map<String, InboxFilter> saved(Actor actor) {
        String sql = "SELECT name, unit_code, title_id, movement_id, due_before, quick, sort FROM inbox_filter"
                + " WHERE username = ? ORDER BY name";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, actor.username());
            Map<String, InboxFilter> filters = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    InboxFilter filter = InboxFilter.all();
                    filter.setUnitCode(rows.getString("unit_code"));
                    filter.setTitleId(rows.getObject("title_id", Long.class));
                    filter.setMovementId(rows.getObject("movement_id", Long.class));
                    Date due = rows.getDate("due_before");
                    filter.setDueBefore(due == null ? null : due.toLocalDate());
                    filter.setQuick(QuickFilter.valueOf(rows.getString("quick")));
                    filter.setSort(InboxSort.valueOf(rows.getString("sort")));
                    filters.put(rows.getString("name"), filter);
                }
            }
            return filters;
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox filters not read", e);
        }
    }

    private void store(Actor actor, String name, InboxFilter filter) {
        String sql = """
                INSERT INTO inbox_filter (username, name, unit_code, title_id, movement_id, due_before, quick, sort,
                                          saved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (username, name) DO UPDATE SET unit_code = EXCLUDED.unit_code,
                    title_id = EXCLUDED.title_id, movement_id = EXCLUDED.movement_id,
                    due_before = EXCLUDED.due_before, quick = EXCLUDED.quick, sort = EXCLUDED.sort,
                    saved_at = EXCLUDED.saved_at""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, actor.username());
            statement.setString(2, name);
            statement.setString(3, filter.getUnitCode());
            statement.setObject(4, filter.getTitleId(), Types.BIGINT);
            statement.setObject(5, filter.getMovementId(), Types.BIGINT);
            statement.setDate(6, filter.getDueBefore() == null ? null : Date.valueOf(filter.getDueBefore()));
            statement.setString(7, filter.getQuick().name());
            statement.setString(8, filter.getSort().name());
            statement.setTimestamp(9, Timestamp.valueOf(BusinessClock.now()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox filter not saved", e);
        }
    }
}
