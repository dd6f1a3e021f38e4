package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.TestDossiers;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.inbox.BulkApproval;
import vn.tdkt.workflow.inbox.BulkOutcome;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.inbox.InboxCounts;
import vn.tdkt.workflow.inbox.InboxFilter;
import vn.tdkt.workflow.inbox.InboxFilters;
import vn.tdkt.workflow.inbox.InboxItem;
import vn.tdkt.workflow.inbox.InboxSort;
import vn.tdkt.workflow.inbox.QuickFilter;
import vn.tdkt.workflow.inbox.TaskAssignments;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * The inbox inside WildFly on PostgreSQL: pages, filters and counts from the inbox table; taking, giving back and
 * handing over a task between the unit's two heads; a task a colleague holds is not openable; a bulk approval
 * approves each task on its own and reports the one handled meanwhile; filters kept per user.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    private static final long LDTT = 1L;
    /** A second head of the clerk's unit (VKSND), created for these tests beside the demo's "leader". */
    private static final String DEPUTY = "leader.deputy";

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    TestDossiers dossiers;

    @Inject
    UnitHeadReview review;

    @Inject
    Inbox inbox;

    @Inject
    TaskAssignments assignments;

    @Inject
    BulkApproval bulkApproval;

    @Inject
    InboxFilters filters;

    @Inject
    UserDirectory users;

    @Inject
    TaskService tasks;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @BeforeEach
    void secondHeadOfTheUnit() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate(
                    "INSERT INTO app_user (id, username, full_name, position, unit_id, password_hash, enabled)"
                            + " SELECT nextval('app_user_seq'), '" + DEPUTY
                            + "', 'Phó Viện trưởng Thử', 'Phó Viện trưởng',"
                            + " unit_id, password_hash, TRUE FROM app_user WHERE username = 'leader'"
                            + " ON CONFLICT (username) DO NOTHING");
            sql.executeUpdate("INSERT INTO app_user_role (user_id, role) SELECT id, 'UNIT_LEADER' FROM app_user"
                    + " WHERE username = '" + DEPUTY + "' ON CONFLICT DO NOTHING");
        }
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }

    /** A submitted dossier of the clerk's unit: a review task for its heads. */
    private String submitted(String nominee) {
        return clerkProposals.read(actor("clerk"), dossiers.submitted(nominee)).getNumber();
    }

    private InboxItem taskOf(String username, String number) {
        return inbox.of(actor(username)).stream().filter(item -> number.equals(item.getProposalNumber()))
                .findFirst().orElseThrow(() -> new AssertionError(username + " has no task for " + number));
    }

    /** The whole filtered inbox as an export reads it: streamed from the database, in the filter's order. */
    private List<InboxItem> every(Actor actor, InboxFilter filter) {
        List<InboxItem> items = new ArrayList<>();
        inbox.forEach(actor, filter, Inbox.SHORT_LIST, items::add);
        return items;
    }

    private boolean sees(String username, String number) {
        return inbox.of(actor(username)).stream().anyMatch(item -> number.equals(item.getProposalNumber()));
    }

    @Test
    void pagesDoNotOverlapAndCountsMatchTheRowsTheyCount() {
        for (int i = 0; i < 3; i++) {
            submitted("Đỗ Trang Phân " + i);
        }
        Actor leader = actor("leader");
        InboxFilter all = InboxFilter.all();
        InboxCounts counts = inbox.counts(leader, all);
        List<InboxItem> everything = every(leader, all);
        assertThat(counts.getAll()).isEqualTo(everything.size()).isGreaterThanOrEqualTo(3);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < everything.size(); offset += 2) {
            List<InboxItem> page = inbox.page(leader, all, offset, 2);
            assertThat(page).hasSizeLessThanOrEqualTo(2).isNotEmpty();
            page.forEach(item -> paged.add(item.getTaskId()));
        }
        assertThat(paged).doesNotHaveDuplicates()
                .containsExactlyElementsOf(everything.stream().map(InboxItem::getTaskId).toList());

        InboxFilter received = InboxFilter.all();
        received.setSort(InboxSort.RECEIVED);
        List<InboxItem> newestFirst = every(leader, received);
        for (int i = 1; i < newestFirst.size(); i++) {
            assertThat(newestFirst.get(i).getReceivedAt()).isBeforeOrEqualTo(newestFirst.get(i - 1).getReceivedAt());
        }
        assertThat(inbox.counts(actor("leader2"), all).getAll()).isEqualTo(inbox.of(actor("leader2")).size());
    }

    @Test
    void filtersNarrowByUnitTitleDueDateAndOverdue() throws Exception {
        String number = submitted("Võ Lọc Hạn");
        Actor leader = actor("leader");
        InboxItem task = taskOf("leader", number);

        InboxFilter otherUnit = InboxFilter.all();
        otherUnit.setUnitCode("CONG_AN");
        assertThat(every(leader, otherUnit)).isEmpty();
        InboxFilter ownUnit = InboxFilter.all();
        ownUnit.setUnitCode("VKSND");
        assertThat(every(leader, ownUnit)).extracting(InboxItem::getProposalNumber).contains(number);
        InboxFilter title = InboxFilter.all();
        title.setTitleId(LDTT);
        assertThat(every(leader, title)).extracting(InboxItem::getProposalNumber).contains(number);
        title.setTitleId(2L);
        assertThat(every(leader, title)).extracting(InboxItem::getProposalNumber).doesNotContain(number);

        long overdueBefore = inbox.counts(leader, InboxFilter.all()).getOverdue();
        transaction.begin();
        Task engineTask = tasks.createTaskQuery().taskId(task.getTaskId()).singleResult();
        engineTask.setDueDate(new Date(System.currentTimeMillis() - 86_400_000L));
        tasks.saveTask(engineTask);
        transaction.commit();

        assertThat(inbox.counts(leader, InboxFilter.all()).getOverdue()).isEqualTo(overdueBefore + 1);
        List<InboxItem> overdue = every(leader, InboxFilter.all().withQuick(QuickFilter.OVERDUE));
        assertThat(overdue).extracting(InboxItem::getProposalNumber).contains(number);
        assertThat(overdue).allMatch(InboxItem::isOverdue);
        assertThat(inbox.page(leader, InboxFilter.all(), 0, 1)).extracting(InboxItem::getDueAt).doesNotContainNull();
        assertThat(every(leader, InboxFilter.all().withQuick(QuickFilter.RETURNED)))
                .extracting(InboxItem::getProposalNumber).doesNotContain(number);
    }

    @Test
    void aTaskOneHeadTookIsNeitherListedNorOpenableForTheOther() {
        String number = submitted("Trương Nhận Việc");
        String taskId = taskOf("leader", number).getTaskId();
        assertThat(sees(DEPUTY, number)).isTrue();

        assignments.claim(actor("leader"), taskId);

        assertThat(taskOf("leader", number).getAssignee()).isEqualTo("leader");
        assertThat(sees(DEPUTY, number)).isFalse();
        assertThatThrownBy(() -> inbox.openTask(actor(DEPUTY), taskId, ProcessKeys.TASK_UNIT_HEAD_REVIEW))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.error.alreadyHandled");
        assertThatThrownBy(() -> assignments.claim(actor(DEPUTY), taskId))
                .isInstanceOf(DomainException.class).hasMessageContaining("inbox.error.claimedByOther");
        assertThatThrownBy(() -> review.approve(actor(DEPUTY), taskId, null))
                .isInstanceOf(DomainException.class);

        assignments.unclaim(actor("leader"), taskId);

        assertThat(sees(DEPUTY, number)).isTrue();
        assertThatThrownBy(() -> assignments.unclaim(actor(DEPUTY), taskId))
                .isInstanceOf(DomainException.class).hasMessageContaining("inbox.error.notHeld");
    }

    @Test
    void aTaskIsHandedOnlyToAnotherHeadOfTheSameUnit() {
        String number = submitted("Lâm Giao Việc");
        String taskId = taskOf("leader", number).getTaskId();

        assertThat(assignments.delegateTargets(actor("leader"), taskId)).extracting(u -> u.getUsername())
                .contains(DEPUTY).doesNotContain("leader", "clerk", "leader2");
        assertThatThrownBy(() -> assignments.delegate(actor("leader"), taskId, "clerk"))
                .isInstanceOf(DomainException.class).hasMessageContaining("inbox.error.delegateNotEligible");
        assertThatThrownBy(() -> assignments.delegate(actor("leader"), taskId, "leader2"))
                .isInstanceOf(DomainException.class).hasMessageContaining("inbox.error.delegateNotEligible");

        assignments.delegate(actor("leader"), taskId, DEPUTY);

        assertThat(taskOf(DEPUTY, number).getAssignee()).isEqualTo(DEPUTY);
        assertThat(sees("leader", number)).isFalse();
        assertThat(inbox.openTask(actor(DEPUTY), taskId, ProcessKeys.TASK_UNIT_HEAD_REVIEW).getProposalNumber())
                .isEqualTo(number);
    }

    @Test
    void aClaimRolledBackLeavesTheTaskOfferedToTheGroup() throws Exception {
        String number = submitted("Mai Hoàn Tác");
        String taskId = taskOf("leader", number).getTaskId();

        transaction.begin();
        assignments.claim(actor("leader"), taskId);
        transaction.rollback();

        assertThat(taskOf(DEPUTY, number).isClaimed()).isFalse();
    }

    @Test
    void aBulkApprovalApprovesEachTaskAndReportsTheOneHandledMeanwhile() {
        List<String> numbers = List.of(submitted("Hà Duyệt Một"), submitted("Hà Duyệt Hai"),
                submitted("Hà Duyệt Ba"));
        List<InboxItem> selected = numbers.stream().map(number -> taskOf("leader", number)).toList();
        // A colleague approves the second one after the leader selected it.
        review.approve(actor(DEPUTY), selected.get(1).getTaskId(), null);

        BulkOutcome outcome = bulkApproval.approve(actor("leader"), selected);

        assertThat(outcome.getApproved()).isEqualTo(2);
        assertThat(outcome.getFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.proposalNumber()).isEqualTo(numbers.get(1));
            assertThat(failure.messageKey()).isEqualTo("task.error.alreadyHandled");
        });
        assertThat(numbers).noneMatch(number -> sees("leader", number));
    }

    @Test
    void theLastFilterAndNamedFiltersAreKeptPerUser() {
        Actor leader = actor("leader");
        InboxFilter filter = InboxFilter.all();
        filter.setUnitCode("VKSND");
        filter.setTitleId(LDTT);
        filter.setQuick(QuickFilter.OVERDUE);
        filter.setSort(InboxSort.RECEIVED);

        filters.remember(leader, filter);
        filters.save(leader, "Quá hạn LĐTT", filter);

        assertThat(filters.last(leader)).isEqualTo(filter);
        assertThat(filters.named(leader)).containsEntry("Quá hạn LĐTT", filter);
        assertThat(filters.last(actor("leader2"))).isEqualTo(InboxFilter.all());
        assertThatThrownBy(() -> filters.save(leader, "  ", filter)).isInstanceOf(DomainException.class);
        filters.remember(leader, InboxFilter.all());
        Set<String> names = new HashSet<>(filters.named(leader).keySet());
        assertThat(names).contains("Quá hạn LĐTT").doesNotContain("");
    }
}
