package vn.tdkt.workflow.inbox;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.proposal.ProposalRepository;

/**
 * A user's inbox (hộp công việc): the open tasks they hold and those offered to their groups, each with its
 * proposal, read from the inbox table the engine keeps in step ({@link InboxQuery}). The list reads (one
 * statement each) join the caller's transaction if there is one and start none otherwise: a page render pays no
 * transaction of its own.
 */
@Stateless
public class Inbox {

    @Resource(lookup = "java:jboss/datasources/AppDS")
    private DataSource dataSource;

    @Inject
    ProposalRepository proposals;

    /** How many tasks {@link #of} lists at most. */
    public static final int SHORT_LIST = 1_000;

    /**
     * The actor's first {@value #SHORT_LIST} open tasks, earliest due first: for callers that look for a task in an
     * inbox known to be short (tests, the demo). A list for users is paged ({@link #tasks}) or streamed
     * ({@link #forEach}).
     */
    public List<InboxItem> of(Actor actor) {
        return page(actor, InboxFilter.all(), 0, SHORT_LIST);
    }

    /**
     * One page of the actor's open tasks, earliest due first, with how many there are in all; {@code page} counts
     * from 0, {@code size} from 1 to {@link TaskPage#MAX_SIZE}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TaskPage tasks(Actor actor, int page, int size) {
        if (size < 1 || size > TaskPage.MAX_SIZE) {
            throw DomainException.invalid("size", "validation.page", TaskPage.MAX_SIZE);
        }
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw DomainException.invalid("page", "validation.page", TaskPage.MAX_SIZE);
        }
        InboxFilter all = InboxFilter.all();
        return read(actor, query -> new TaskPage(query.page(all, page * size, size), page, size,
                query.counts(all).getAll()));
    }

    /**
     * Hands the first {@code limit} tasks of the filtered inbox to {@code each}, in the filter's order, as the
     * database sends them (a cursor of a few hundred rows at a time): an export of a board's inbox never holds it
     * whole. Runs in a transaction, which PostgreSQL's driver needs to fetch with a cursor.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void forEach(Actor actor, InboxFilter filter, int limit, Consumer<InboxItem> each) {
        read(actor, query -> {
            query.forEach(filter, limit, each);
            return null;
        });
    }

    /** One page of the filtered inbox. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<InboxItem> page(Actor actor, InboxFilter filter, int offset, int limit) {
        return read(actor, query -> query.page(filter, offset, limit));
    }

    /** How many tasks each quick filter shows under the filter's other criteria. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InboxCounts counts(Actor actor, InboxFilter filter) {
        return read(actor, query -> query.counts(filter));
    }

    /**
     * The open task with that id if it is the actor's (held by them, or offered to their group and held by nobody)
     * and of the expected kind. A completed task, a task a colleague claimed, another unit's task and an invented
     * id all answer "already handled or no longer yours".
     */
    public InboxItem openTask(Actor actor, String taskId, String expectedTaskKey) {
        InboxItem task = taskId == null || taskId.isBlank() ? null
                : read(actor, query -> query.task(taskId, expectedTaskKey).orElse(null));
        if (task == null) {
            throw new DomainException("task.error.alreadyHandled", "");
        }
        proposals.visible(actor, task.getProposalId());
        return task;
    }

    /** The proposing units of the actor's open tasks, code to name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, String> units(Actor actor) {
        return read(actor, InboxQuery::units);
    }

    /** The actor's open task of any kind (held by them or offered to their group), if it is theirs. */
    public Optional<InboxItem> find(Actor actor, String taskId) {
        return read(actor, query -> query.task(taskId, null));
    }

    /** The username holding the open task, whoever it is; empty when it is offered to its group or closed. */
    public Optional<String> holderOf(Actor actor, String taskId) {
        return read(actor, query -> query.holderOf(taskId));
    }

    private <T> T read(Actor actor, Function<InboxQuery, T> reading) {
        try (Connection connection = dataSource.getConnection()) {
            return reading.apply(new InboxQuery(connection, actor, BusinessClock.now()));
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox not read", e);
        }
    }
}
