package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.workflow.bloc.BlocKeys;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;
import vn.tdkt.workflow.inbox.InboxCounts;
import vn.tdkt.workflow.inbox.InboxFilter;
import vn.tdkt.workflow.inbox.InboxItem;
import vn.tdkt.workflow.inbox.InboxQuery;
import vn.tdkt.workflow.inbox.InboxSort;
import vn.tdkt.workflow.inbox.InboxTallies;
import vn.tdkt.workflow.inbox.QuickFilter;

/**
 * The inbox table follows the engine's tasks in the engine's transaction — opened, claimed, re-dated, completed,
 * deleted — and the inbox query pages, filters and counts it with the engine's visibility rule.
 */
class InboxProjectionTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    /**
     * Units of this class alone: the engine tests share one database, and an inbox shows every task offered to the
     * unit, so tasks that other classes leave open for VKSND would show up here.
     */
    private static final String UNIT = "INBOX_VKSND";
    private static final String OTHER = "INBOX_CONG_AN";
    private static final Actor LEADER = actor("leader", UNIT, Role.UNIT_LEADER);
    private static final Actor LEADER2 = actor("leader2", UNIT, Role.UNIT_LEADER);
    private static final Actor OTHER_UNIT = actor("leader.ca", OTHER, Role.UNIT_LEADER);

    private static TestEngine testEngine;
    private static RuntimeService runtime;
    private static TaskService tasks;

    @BeforeAll
    static void startEngine() {
        testEngine = TestEngine.start(InboxProjectionTest.class);
        runtime = testEngine.engine().getRuntimeService();
        tasks = testEngine.engine().getTaskService();
    }

    @AfterAll
    static void stopEngine() {
        if (testEngine != null) {
            testEngine.close();
        }
    }

    /** Each test starts from inboxes without the proposals that earlier tests of this class submitted. */
    @BeforeEach
    void noOpenProcessesOfTheseUnits() {
        for (String unit : List.of(UNIT, OTHER)) {
            runtime.createProcessInstanceQuery().variableValueEquals(ProcessKeys.VAR_UNIT_CODE, unit).list()
                    .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test reset"));
        }
    }

    private static Actor actor(String username, String unit, Role role) {
        return new Actor(username.hashCode(), username, username, 1, unit, Set.of(role));
    }

    private static ProcessInstance submit(String unit) {
        int n = NUMBERS.incrementAndGet();
        return runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL, TestEngine.proposalNumber(unit),
                Map.of(ProcessKeys.VAR_PROPOSAL_ID, 7000L + n, ProcessKeys.VAR_UNIT_CODE, unit));
    }

    private static <T> T query(Actor actor, Function<InboxQuery, T> reading) {
        try (Connection connection = testEngine.dataSource().getConnection()) {
            return reading.apply(new InboxQuery(connection, actor, BusinessClock.now()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<InboxItem> all(Actor actor, InboxFilter filter) {
        return stream(actor, filter, Integer.MAX_VALUE);
    }

    /** As an export reads the inbox: the rows handed over one by one, through a cursor in a transaction. */
    private static List<InboxItem> stream(Actor actor, InboxFilter filter, int limit) {
        List<InboxItem> items = new ArrayList<>();
        try (Connection connection = testEngine.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            new InboxQuery(connection, actor, BusinessClock.now()).forEach(filter, limit, items::add);
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return items;
    }

    private static List<InboxItem> page(Actor actor, InboxFilter filter, int offset, int limit) {
        return query(actor, q -> q.page(filter, offset, limit));
    }

    private static Optional<InboxItem> inboxTask(Actor actor, String taskId, String key) {
        return query(actor, q -> q.task(taskId, key));
    }

    private static List<InboxItem> inboxOf(Actor actor) {
        return all(actor, InboxFilter.all());
    }

    private static Date inDays(double days) {
        return new Date(System.currentTimeMillis() + (long) (days * 24 * 3600 * 1000));
    }

    @Test
    void anOpenedTaskIsInTheInboxOfItsGroupOnly() {
        ProcessInstance instance = submit(UNIT);
        Task review = task(instance);

        List<InboxItem> inbox = inboxOf(LEADER);
        assertThat(inbox).hasSize(1);
        InboxItem item = inbox.get(0);
        assertThat(item.getTaskId()).isEqualTo(review.getId());
        assertThat(item.getTaskKey()).isEqualTo(ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        assertThat(item.getProposalNumber()).isEqualTo(instance.getBusinessKey());
        assertThat(item.getUnitCode()).isEqualTo(UNIT);
        assertThat(item.getAssignee()).isNull();
        assertThat(item.getReceivedAt()).isBeforeOrEqualTo(LocalDateTime.now(BusinessClock.ZONE));
        assertThat(inboxOf(OTHER_UNIT)).isEmpty();
    }

    @Test
    void eachTaskRecordsWhatItIsAboutAProposalOrABlocReview() {
        ProcessInstance proposal = submit(UNIT);
        // Any business key: the review is read from the process variable, never parsed out of the key.
        ProcessInstance review = runtime.startProcessInstanceByKey(BlocKeys.PROCESS, "REVIEW-OF-BLOC-91",
                Map.of(BlocKeys.VAR_REVIEW_ID, 91L, BlocKeys.VAR_HEAD_UNIT, UNIT, BlocKeys.VAR_YEAR_END, false));

        assertThat(inboxOf(LEADER)).singleElement().satisfies(item -> {
            assertThat(item.isBlocReview()).isFalse();
            assertThat(item.getSubject()).isEqualTo(new TaskSubject(TaskSubject.Type.PROPOSAL,
                    (Long) runtime.getVariable(proposal.getId(), ProcessKeys.VAR_PROPOSAL_ID)));
            assertThat(item.getBlocReviewId()).isNull();
        });
        assertThat(inboxOf(actor("clerk", UNIT, Role.CLERK))).singleElement().satisfies(item -> {
            assertThat(item.getTaskKey()).isEqualTo(BlocKeys.TASK_CONSOLIDATE);
            assertThat(item.isBlocReview()).isTrue();
            assertThat(item.getBlocReviewId()).isEqualTo(91L);
            assertThat(item.getProposalNumber()).isEqualTo("REVIEW-OF-BLOC-91");
        });
        // The bloc's process carries no unit code, so the reset before each test does not see it.
        runtime.deleteProcessInstance(review.getId(), "test reset");
    }

    @Test
    void aClaimedTaskLeavesTheColleaguesInboxAndComesBackWhenUnclaimed() {
        Task review = task(submit(UNIT));

        tasks.claim(review.getId(), LEADER.username());

        assertThat(inboxOf(LEADER)).singleElement().satisfies(item -> assertThat(item.getAssignee())
                .isEqualTo("leader"));
        assertThat(inboxOf(LEADER2)).isEmpty();
        assertThat(inboxTask(LEADER2, review.getId(), ProcessKeys.TASK_UNIT_HEAD_REVIEW)).isEmpty();
        assertThat(inboxTask(LEADER, review.getId(), ProcessKeys.TASK_UNIT_HEAD_REVIEW)).isPresent();

        tasks.setAssignee(review.getId(), null);

        assertThat(inboxOf(LEADER2)).singleElement().satisfies(item -> assertThat(item.isClaimed()).isFalse());
    }

    @Test
    void aNewDueDateIsProjected() {
        Task review = task(submit(UNIT));
        review.setDueDate(inDays(-1));
        tasks.saveTask(review);

        assertThat(inboxOf(LEADER)).singleElement().satisfies(item -> {
            assertThat(item.getDueAt()).isNotNull();
            assertThat(item.isOverdue()).isTrue();
        });
    }

    @Test
    void aCompletedTaskGivesWayToTheNextStepAndADeletedProcessLeavesNothing() {
        ProcessInstance instance = submit(UNIT);
        complete(task(instance), withVariables(ProcessKeys.VAR_DECISION, Decision.RETURN.name()));

        assertThat(inboxOf(LEADER)).isEmpty();
        Actor clerk = actor("clerk", UNIT, Role.CLERK);
        assertThat(inboxOf(clerk)).singleElement().satisfies(item -> {
            assertThat(item.getTaskKey()).isEqualTo(ProcessKeys.TASK_REVISE_PROPOSAL);
            assertThat(item.isReturned()).isTrue();
        });

        runtime.deleteProcessInstance(instance.getId(), "withdrawn");

        assertThat(inboxOf(clerk)).isEmpty();
    }

    @Test
    void theInboxIsPagedFilteredAndCountedInTheDatabase() {
        for (int i = 0; i < 7; i++) {
            submit(UNIT);
        }
        submit(OTHER);
        List<Task> mine = tasks.createTaskQuery().taskCandidateGroup("UNIT_LEADER@" + UNIT).list();
        Task overdue = mine.get(0);
        overdue.setDueDate(inDays(-2));
        tasks.saveTask(overdue);
        Task soon = mine.get(1);
        soon.setDueDate(inDays(2));
        tasks.saveTask(soon);
        Task later = mine.get(2);
        later.setDueDate(inDays(10));
        tasks.saveTask(later);
        tasks.claim(mine.get(3).getId(), LEADER2.username());

        InboxFilter byDue = InboxFilter.all();
        List<InboxItem> first = page(LEADER, byDue, 0, 3);
        List<InboxItem> second = page(LEADER, byDue, 3, 3);
        assertThat(first).extracting(InboxItem::getTaskId)
                .containsExactly(overdue.getId(), soon.getId(), later.getId());
        assertThat(second).hasSize(3).extracting(InboxItem::getDueAt).containsOnlyNulls();
        assertThat(stream(LEADER, byDue, 4)).as("streamed in page order, up to the limit")
                .extracting(InboxItem::getTaskId)
                .containsExactlyElementsOf(page(LEADER, byDue, 0, 4).stream().map(InboxItem::getTaskId).toList());

        InboxCounts counts = query(LEADER, q -> q.counts(byDue));
        assertThat(counts.getAll()).isEqualTo(6);
        assertThat(counts.getOverdue()).isEqualTo(1);
        assertThat(counts.getDueSoon()).isEqualTo(1);
        assertThat(counts.getReturned()).isZero();

        assertThat(all(LEADER, byDue.withQuick(QuickFilter.OVERDUE)))
                .extracting(InboxItem::getTaskId).containsExactly(overdue.getId());
        assertThat(all(LEADER, byDue.withQuick(QuickFilter.DUE_SOON)))
                .extracting(InboxItem::getTaskId).containsExactly(soon.getId());
        InboxFilter dueBefore = InboxFilter.all();
        dueBefore.setDueBefore(LocalDateTime.now(BusinessClock.ZONE).toLocalDate().plusDays(5));
        assertThat(all(LEADER, dueBefore)).hasSize(2);
        InboxFilter otherUnit = InboxFilter.all();
        otherUnit.setUnitCode(OTHER);
        assertThat(query(LEADER, q -> q.counts(otherUnit)).getAll()).isZero();

        InboxFilter received = InboxFilter.all();
        received.setSort(InboxSort.RECEIVED);
        assertThat(page(LEADER, received, 0, 100)).hasSize(6);
    }

    @Test
    void aTaskOfferedToTwoOfMyGroupsIsListedAndCountedOnce() throws SQLException {
        Actor leaderAndClerk = new Actor(42, "both", "both", 1, UNIT, Set.of(Role.UNIT_LEADER, Role.CLERK));
        Task review = task(submit(UNIT));
        task(submit(UNIT));
        // Our diagrams offer a task to one group; a second one (written as the engine's listener would) gives the
        // task two audience rows, which the trigger keeps in step with inbox_task.
        try (Connection connection = testEngine.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE inbox_task SET candidate_groups = ARRAY[?, ?]::varchar[] WHERE task_id = ?")) {
            update.setString(1, "CLERK@" + UNIT);
            update.setString(2, "UNIT_LEADER@" + UNIT);
            update.setString(3, review.getId());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        assertThat(inboxOf(leaderAndClerk)).hasSize(2).extracting(InboxItem::getTaskId).doesNotHaveDuplicates();
        assertThat(page(leaderAndClerk, InboxFilter.all(), 1, 10)).hasSize(1);
        assertThat(query(leaderAndClerk, q -> q.counts(InboxFilter.all())).getAll()).isEqualTo(2);
        assertThat(inboxOf(LEADER)).hasSize(2);

        tasks.claim(review.getId(), LEADER.username());

        assertThat(inboxOf(leaderAndClerk)).hasSize(1);
        assertThat(query(leaderAndClerk, q -> q.counts(InboxFilter.all())).getAll()).isEqualTo(1);
        assertThat(inboxOf(LEADER)).hasSize(2);
    }

    @Test
    void theUnfilteredCountsFromTheTalliesAgreeWithTheTasksBeforeAndAfterCompaction() throws SQLException {
        Actor clerk = actor("clerk", UNIT, Role.CLERK);
        List<ProcessInstance> submitted = List.of(submit(UNIT), submit(UNIT), submit(UNIT), submit(UNIT));
        complete(task(submitted.get(0)), withVariables(ProcessKeys.VAR_DECISION, Decision.RETURN.name()));
        complete(task(submitted.get(1)), withVariables(ProcessKeys.VAR_DECISION, Decision.RETURN.name()));
        Task overdue = task(submitted.get(2));
        overdue.setDueDate(inDays(-1));
        tasks.saveTask(overdue);
        tasks.claim(task(submitted.get(3)).getId(), LEADER2.username());
        // The unit filter selects every task here, and filtered counts are counted from the audience index.
        InboxFilter everyTask = InboxFilter.all();
        everyTask.setUnitCode(UNIT);

        for (int round = 0; round < 2; round++) {
            InboxCounts leader = query(LEADER, q -> q.counts(InboxFilter.all()));
            assertThat(leader).usingRecursiveComparison().isEqualTo(query(LEADER, q -> q.counts(everyTask)));
            assertThat(leader.getAll()).isEqualTo(1);
            assertThat(leader.getOverdue()).isEqualTo(1);
            InboxCounts clerks = query(clerk, q -> q.counts(InboxFilter.all()));
            assertThat(clerks).usingRecursiveComparison().isEqualTo(query(clerk, q -> q.counts(everyTask)));
            assertThat(clerks.getAll()).isEqualTo(2);
            assertThat(clerks.getReturned()).isEqualTo(2);
            InboxCounts holder = query(LEADER2, q -> q.counts(InboxFilter.all()));
            assertThat(holder).usingRecursiveComparison().isEqualTo(query(LEADER2, q -> q.counts(everyTask)));
            assertThat(holder.getAll()).as("the task leader2 holds and the one offered to the heads").isEqualTo(2);
            try (Connection connection = testEngine.dataSource().getConnection()) {
                InboxTallies.compact(connection);
                try (ResultSet pending = connection.createStatement()
                        .executeQuery("SELECT count(*) FROM inbox_audience_change")) {
                    pending.next();
                    assertThat(pending.getLong(1)).isZero();
                }
            }
        }
    }
}
