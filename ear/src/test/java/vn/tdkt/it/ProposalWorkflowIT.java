package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalAction;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.TestDossiers;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.inbox.InboxItem;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * The proposal use cases inside WildFly on PostgreSQL: submit, approve, return, resubmit, unit isolation, races
 * and the shared transaction of JPA and the process engine. Runs against the demo accounts.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalWorkflowIT {

    private static final long LDTT = 1L;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    TestDossiers dossiers;

    @Inject
    UnitHeadReview review;

    @Inject
    Inbox inbox;

    @Inject
    UserDirectory users;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }

    private long draft(String nominee) {
        return dossiers.draft(nominee);
    }

    private static ProposalInput input(String nominee, String position, String report) {
        return ProposalInput.single(2025, NomineeInput.individual(nominee, position, LDTT, report));
    }

    private InboxItem taskOf(String username, long proposalId) {
        return inbox.of(actor(username)).stream().filter(item -> item.getProposalId() == proposalId).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no task for proposal " + proposalId));
    }

    private long instancesOf(Proposal proposal) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(proposal.getNumber()).count();
    }

    @Test
    void submittingStartsOneProcessInstanceAndOffersTheReviewToTheUnitHead() {
        long id = draft("Nguyễn Thị Ánh Tuyết");
        clerkProposals.submit(actor("clerk"), id, false);

        Proposal proposal = clerkProposals.read(actor("clerk"), id);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(instancesOf(proposal)).isEqualTo(1);
        InboxItem task = taskOf("leader", id);
        assertThat(task.getTaskKey()).isEqualTo(ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        assertThat(task.getNomineeName()).isEqualTo("Nguyễn Thị Ánh Tuyết");
        assertThat(task.getUnitName()).isEqualTo("Viện Kiểm sát nhân dân tỉnh");
        assertThat(inbox.of(actor("clerk"))).noneMatch(item -> item.getProposalId() == id);
    }

    @Test
    void approvalOffersTheBallotToTheUnitsCouncilSecretaryAndRecordsWhoDidWhat() {
        long id = draft("Lê Văn Hùng");
        clerkProposals.submit(actor("clerk"), id, false);
        review.approve(actor("leader"), taskOf("leader", id).getTaskId(), "Đồng ý đề nghị.");

        Proposal proposal = clerkProposals.read(actor("clerk"), id);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.APPROVED_AT_UNIT);
        assertThat(instancesOf(proposal)).isEqualTo(1);
        assertThat(taskOf("secretary", id).getTaskKey()).isEqualTo(ProcessKeys.TASK_COUNCIL_VOTE);
        assertThat(inbox.of(actor("secretary2"))).noneMatch(item -> item.getProposalId() == id);
        assertThat(proposal.getHistory()).extracting(ProposalEvent::getAction)
                .containsExactly(ProposalAction.CREATED, ProposalAction.ATTACHMENT_ADDED,
                        ProposalAction.ATTACHMENT_ADDED, ProposalAction.SUBMITTED, ProposalAction.APPROVED_AT_UNIT);
        ProposalEvent approval = proposal.getHistory().get(4);
        assertThat(approval.getActorUsername()).isEqualTo("leader");
        assertThat(approval.getActorRole()).isEqualTo(Role.UNIT_LEADER);
        assertThat(approval.getTaskKey()).isEqualTo(ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        assertThat(approval.getActorName()).isEqualTo("Nguyễn Văn Minh");
        assertThat(approval.getComment()).isEqualTo("Đồng ý đề nghị.");
        assertThat(approval.getOccurredAt()).isNotNull();
    }

    @Test
    void aReturnNeedsAReasonAndTheResubmissionGoesBackToTheUnitHead() {
        long id = draft("Phan Thị Diệu Hiền");
        clerkProposals.submit(actor("clerk"), id, false);
        String reviewTask = taskOf("leader", id).getTaskId();

        assertThatThrownBy(() -> review.returnToClerk(actor("leader"), reviewTask, "   "))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThat(clerkProposals.read(actor("clerk"), id).getStatus()).isEqualTo(ProposalStatus.SUBMITTED);

        review.returnToClerk(actor("leader"), reviewTask, "Bổ sung số quyết định công nhận sáng kiến.");
        InboxItem revision = taskOf("clerk", id);
        assertThat(revision.getTaskKey()).isEqualTo(ProcessKeys.TASK_REVISE_PROPOSAL);
        assertThat(revision.getReturnReason()).isEqualTo("Bổ sung số quyết định công nhận sáng kiến.");
        assertThat(inbox.of(actor("leader"))).noneMatch(item -> item.getProposalId() == id);

        clerkProposals.resubmit(actor("clerk"), id, input("Phan Thị Diệu Hiền", "Kiểm sát viên",
                "Đã bổ sung: Quyết định số 12/QĐ-VKS ngày 05/01/2025."), false);
        Proposal proposal = clerkProposals.read(actor("clerk"), id);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposal.getReturnReason()).isNull();
        assertThat(proposal.getLeadNominee().getAchievementReport()).startsWith("Đã bổ sung");
        assertThat(taskOf("leader", id).getTaskKey()).isEqualTo(ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        assertThat(instancesOf(proposal)).isEqualTo(1);

        review.approve(actor("leader"), taskOf("leader", id).getTaskId(), null);
        assertThat(clerkProposals.read(actor("clerk"), id).getHistory()).extracting(ProposalEvent::getAction)
                .containsExactly(ProposalAction.CREATED, ProposalAction.ATTACHMENT_ADDED,
                        ProposalAction.ATTACHMENT_ADDED, ProposalAction.SUBMITTED, ProposalAction.RETURNED,
                        ProposalAction.UPDATED, ProposalAction.RESUBMITTED, ProposalAction.APPROVED_AT_UNIT);
    }

    @Test
    void anotherUnitSeesNothingOfTheProposalAndCanDoNothingWithIt() {
        long id = draft("Võ Thị Thanh Trúc");
        clerkProposals.submit(actor("clerk"), id, false);
        String taskId = taskOf("leader", id).getTaskId();

        assertThatThrownBy(() -> clerkProposals.read(actor("clerk2"), id))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.error.notFound"));
        assertThatThrownBy(() -> clerkProposals.read(actor("leader2"), id)).isInstanceOf(DomainException.class);
        assertThat(clerkProposals.visibleTo(actor("clerk2"), 0, Integer.MAX_VALUE)).noneMatch(p -> p.getId() == id);
        assertThat(inbox.of(actor("leader2"))).noneMatch(item -> item.getProposalId() == id);
        assertThatThrownBy(() -> inbox.openTask(actor("leader2"), taskId, ProcessKeys.TASK_UNIT_HEAD_REVIEW))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> review.approve(actor("leader2"), taskId, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> clerkProposals.update(actor("clerk2"), id,
                input("X", "Y", "Z"))).isInstanceOf(DomainException.class);
        // A clerk cannot act as a leader of their own unit either.
        assertThatThrownBy(() -> review.approve(actor("clerk"), taskId, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));

        assertThat(clerkProposals.read(actor("clerk"), id).getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void aDoubleSubmitStartsOneProcessInstanceOnly() throws Exception {
        long id = draft("Đỗ Minh Quân");
        List<Object> outcomes = race(2, () -> {
            clerkProposals.submit(actor("clerk"), id, false);
            return "submitted";
        });

        assertThat(outcomes).as("outcomes %s", outcomes).filteredOn("submitted"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(DomainException.class::isInstance)
                .singleElement()
                .satisfies(e -> assertThat(((DomainException) e).messageKey())
                        .isEqualTo("proposal.error.alreadySubmitted"));
        assertThat(instancesOf(clerkProposals.read(actor("clerk"), id))).isEqualTo(1);
    }

    @Test
    void twoLeadersApprovingTheSameTaskSucceedOnceAndTheOtherIsToldItWasHandled() throws Exception {
        long id = draft("Trịnh Công Sơn");
        clerkProposals.submit(actor("clerk"), id, false);
        String taskId = taskOf("leader", id).getTaskId();

        List<Object> outcomes = race(2, () -> {
            review.approve(actor("leader"), taskId, null);
            return "approved";
        });

        assertThat(outcomes).as("outcomes %s", outcomes).filteredOn("approved"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(DomainException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((DomainException) e).messageKey())
                        .isEqualTo("task.error.alreadyHandled"));
        assertThat(clerkProposals.read(actor("clerk"), id).getHistory())
                .filteredOn(e -> e.getAction() == ProposalAction.APPROVED_AT_UNIT).hasSize(1);
        // And later, once the task is gone, a stale approval is refused with the same message.
        assertThatThrownBy(() -> review.approve(actor("leader"), taskId, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("task.error.alreadyHandled"));
    }

    @Test
    void whenTheEntityWriteFailsAtCommitTheProcessStartRollsBackToo() throws Exception {
        String probe = "Kiểm thử hoàn tác";
        long id = draft(probe);
        // A deferred check fires at commit, after the engine has written its rows in the same transaction.
        execute("""
                CREATE OR REPLACE FUNCTION refuse_probe_submission() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.status = 'SUBMITTED' AND EXISTS (SELECT 1 FROM proposal_nominee n WHERE n.proposal_id = NEW.id AND n.full_name = '%s') THEN
                    RAISE EXCEPTION 'probe submission refused';
                  END IF;
                  RETURN NEW;
                END; $$"""
                .formatted(probe));
        execute("CREATE CONSTRAINT TRIGGER refuse_probe AFTER UPDATE ON proposal DEFERRABLE INITIALLY DEFERRED "
                + "FOR EACH ROW EXECUTE FUNCTION refuse_probe_submission()");
        try {
            assertThatThrownBy(() -> clerkProposals.submit(actor("clerk"), id, false))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            execute("DROP TRIGGER refuse_probe ON proposal");
            execute("DROP FUNCTION refuse_probe_submission()");
        }

        Proposal proposal = clerkProposals.read(actor("clerk"), id);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(instancesOf(proposal)).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(proposal.getNumber())
                .count()).isZero();
        assertThat(proposal.getHistory()).extracting(ProposalEvent::getAction).containsExactly(ProposalAction.CREATED,
                ProposalAction.ATTACHMENT_ADDED, ProposalAction.ATTACHMENT_ADDED);

        // Nothing was lost: the same draft can be submitted once the fault is gone.
        clerkProposals.submit(actor("clerk"), id, false);
        assertThat(instancesOf(clerkProposals.read(actor("clerk"), id))).isEqualTo(1);
    }

    @Test
    void vietnameseTextAndMarkupAreStoredExactlyAsTyped() {
        String name = "<script>alert('x')</script> Nguyễn Ngọc Ẩn";
        long id = clerkProposals.createDraft(actor("clerk"), input("  " + name + "  ", "Thư ký",
                "Dòng 1: thành tích\nDòng 2: \"trích dẫn\" & <b>đậm</b>"));
        Proposal proposal = clerkProposals.read(actor("clerk"), id);
        assertThat(proposal.getLeadNominee().getName()).isEqualTo(name);
        assertThat(proposal.getLeadNominee().getAchievementReport())
                .isEqualTo("Dòng 1: thành tích\nDòng 2: \"trích dẫn\" & <b>đậm</b>");
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs the same action on several container threads released at once; returns each result or exception. */
    private List<Object> race(int threads, Callable<Object> action) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(executor.submit(() -> {
                start.await();
                try {
                    return action.call();
                } catch (Exception e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get());
        }
        return outcomes;
    }
}
