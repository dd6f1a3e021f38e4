package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.notification.Notification;
import vn.tdkt.domain.notification.NotificationKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalAction;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.board.Appraisals;
import vn.tdkt.workflow.board.BoardReception;
import vn.tdkt.workflow.board.CentralLevel;
import vn.tdkt.workflow.board.CouncilVotes;
import vn.tdkt.workflow.board.Decisions;
import vn.tdkt.workflow.demo.DemoDocuments;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.notification.Notifications;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.DossierAttachments;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * The whole procedure inside WildFly on PostgreSQL, through the application services each role's page calls: from
 * the clerk's draft through the unit head, the council, the board's reception (once-only return), appraisal,
 * public notice and the decision, to the award register — and a decision task completed by 20 people at once.
 */
@ExtendWith(ArquillianExtension.class)
class FullProcedureIT {

    private static final long LDTT = 1L;
    private static final long TTLD_XUAT_SAC = 9L;
    private static final long BK_TTG = 11L;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    DossierAttachments attachments;

    @Inject
    UnitHeadReview review;

    @Inject
    CouncilVotes councilVotes;

    @Inject
    BoardReception reception;

    @Inject
    Appraisals appraisals;

    @Inject
    Decisions decisions;

    @Inject
    CentralLevel central;

    @Inject
    Notifications notifications;

    @Inject
    UserDirectory users;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    @Inject
    HistoryService history;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aDossierGoesFromTheDraftThroughEveryRoleToTheAwardRegisterWithPartialApproval() throws SQLException {
        long id = submitted(TTLD_XUAT_SAC, "Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự",
                "Phòng Kiểm sát giải quyết án hành chính, kinh doanh, thương mại");
        review.approve(actor("leader"), task(id, ProcessKeys.TASK_UNIT_HEAD_REVIEW), "Đồng ý.");
        assertThat(councilVotes.record(actor("secretary"), task(id, ProcessKeys.TASK_COUNCIL_VOTE), 9, 8, 7, 1, 0))
                .isTrue();
        assertThat(read(id).getStatus()).isEqualTo(ProposalStatus.AT_BOARD);

        reception.returnForSupplement(actor("appraiser"), task(id, ProcessKeys.TASK_RECEPTION),
                "Bổ sung biên bản họp Hội đồng thi đua – khen thưởng của đơn vị.");
        assertThat(read(id).getStatus()).isEqualTo(ProposalStatus.RETURNED_FOR_SUPPLEMENT);
        attachments.add(actor("clerk"), id, AttachmentKind.MEETING_MINUTES, "bien-ban.pdf",
                DemoDocuments.pdf("Bien ban " + id));
        clerkProposals.resubmit(actor("clerk"), id, inputOf(read(id)), false);
        String secondReception = task(id, ProcessKeys.TASK_RECEPTION_AFTER_SUPPLEMENT);
        // A second return is impossible: the diagram has no such path and the dossier refuses it.
        assertThatThrownBy(() -> reception.returnForSupplement(actor("appraiser"), secondReception, "Lần hai."))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.error.supplementOnce"));
        reception.accept(actor("appraiser"), secondReception);

        String appraisal = task(id, ProcessKeys.TASK_APPRAISAL);
        assertThat(tasks.createTaskQuery().taskId(appraisal).singleResult().getDueDate()).isNotNull();
        appraisals.propose(actor("appraiser"), appraisal, "Đủ điều kiện, đề nghị khen thưởng.");
        Proposal proposed = read(id);
        ProposalNominee first = proposed.getNominees().get(0);
        long decisionId = decisions.decide(actor("approver"), task(id, ProcessKeys.TASK_DECISION), LocalDate.now(),
                "Nguyễn Thanh Tùng", Set.of(first.getId()), "Chưa đủ thời gian hoạt động.");

        Proposal decided = read(id);
        String number = decided.getDecision().getNumber();
        assertThat(number).as("issued from the province's decision book").matches("\\d{2,}/QĐ-UBND");
        assertThat(decided.getAwardDecisionId()).isEqualTo(decisionId);
        assertThat(decided.getDecision().getIssuer()).isEqualTo("Chủ tịch UBND tỉnh Tây Ninh");
        assertThat(decided.getStatus()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(awardsOf(id)).containsExactly(first.getName() + "|TTLD_XUAT_SAC|" + number);
        assertThat(decided.getHistory()).extracting(ProposalEvent::getAction).containsSubsequence(
                ProposalAction.SUBMITTED, ProposalAction.APPROVED_AT_UNIT, ProposalAction.COUNCIL_VOTED,
                ProposalAction.RETURNED_FOR_SUPPLEMENT, ProposalAction.SUPPLEMENTED, ProposalAction.ACCEPTED_AT_BOARD,
                ProposalAction.APPRAISED, ProposalAction.DECIDED);
        assertThat(decided.getHistory()).filteredOn(e -> e.getAction() == ProposalAction.DECIDED).singleElement()
                .satisfies(e -> {
                    assertThat(e.getActorRole()).isEqualTo(Role.APPROVER);
                    assertThat(e.getTaskKey()).isEqualTo(ProcessKeys.TASK_DECISION);
                    assertThat(e.getActorName()).isEqualTo("Nguyễn Thanh Tùng");
                });
        assertThat(endEvents(decided)).containsExactly("EndEvent_Decided");
        assertThat(notifications.latest(actor("clerk"), 20)).filteredOn(n -> Long.valueOf(id).equals(n.getProposalId()))
                .extracting(Notification::getKind).contains(NotificationKind.DECISION, NotificationKind.RETURNED);
    }

    @Test
    void aStateLevelFormIsPubliclyAnnouncedThenSentUpAndTheCentralDecisionRecorded() throws SQLException {
        long id = submitted(BK_TTG, "Phòng Tổ chức cán bộ");
        atBoardWithAppraisal(id);
        appraisals.propose(actor("appraiser"), task(id, ProcessKeys.TASK_APPRAISAL), null);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(read(id).getNumber()).count()).isZero();

        // The notice period is a timer of ten working days; the test runs it now instead of waiting.
        Job notice = management.createJobQuery().processInstanceId(instanceOf(id)).timers().singleResult();
        assertThat(notice.getDuedate()).isAfter(new Date());
        management.executeJob(notice.getId());
        assertThatThrownBy(() -> appraisals.recordPublicNotice(actor("appraiser"),
                task(id, ProcessKeys.TASK_PUBLIC_NOTICE), " ")).isInstanceOf(DomainException.class);
        appraisals.recordPublicNotice(actor("appraiser"), task(id, ProcessKeys.TASK_PUBLIC_NOTICE),
                "Không nhận được ý kiến phản ánh nào.");

        assertThat(read(id).getPublicNoticeComments()).isEqualTo("Không nhận được ý kiến phản ánh nào.");

        // The province does not decide a Bằng khen of the Prime Minister: it sends the dossier up with its tờ trình.
        String decision = task(id, ProcessKeys.TASK_DECISION);
        long nominee = read(id).getNominees().get(0).getId();
        assertThatThrownBy(() -> decisions.decide(actor("approver"), decision, LocalDate.now(), null, Set.of(nominee),
                null)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("decision.error.stateLevel"));
        String letter = central.sendUp(actor("approver"), List.of(decision));
        assertThat(letter).matches("\\d{2,}/TTr-UBND");
        assertThat(read(id).getStatus()).isEqualTo(ProposalStatus.SENT_UP);
        assertThat(read(id).getHistory()).filteredOn(e -> e.getAction() == ProposalAction.SENT_UP).singleElement()
                .satisfies(e -> assertThat(e.getComment()).isEqualTo(letter));

        // The central decision arrives and the board records it: the register is written, the process ends.
        central.recordDecision(actor("appraiser"), task(id, ProcessKeys.TASK_CENTRAL_DECISION), "1234/QĐ-TTg",
                LocalDate.now(), "Phạm Minh Chính", "Thủ tướng Chính phủ", Set.of(nominee));
        assertThat(read(id).getStatus()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(awardsOf(id)).singleElement().asString().endsWith("|BK_TTG|1234/QĐ-TTg");
        assertThat(endEvents(read(id))).containsExactly("EndEvent_Decided");
    }

    @Test
    void theServersJobExecutorFiresADueTimerAndTheAppraisersAreReminded() throws InterruptedException {
        long id = submitted(TTLD_XUAT_SAC, "Phòng Thống kê tội phạm");
        atBoardWithAppraisal(id);
        String number = read(id).getNumber();
        Job reminder = management.createJobQuery().processInstanceId(instanceOf(id)).timers()
                .activityId("Timer_AppraisalReminder").singleResult();
        assertThat(reminder.getDuedate()).isAfter(new Date());

        // Day 20 has come: nothing but the server's own job executor runs the timer.
        management.setJobDuedate(reminder.getId(), new Date(System.currentTimeMillis() - 1000));
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && reminded(number).isEmpty()) {
            Thread.sleep(500);
        }

        assertThat(reminded(number)).as("a reminder for %s within a minute", number).isNotEmpty();
        assertThat(management.createJobQuery().jobId(reminder.getId()).count()).isZero();
        assertThat(task(id, ProcessKeys.TASK_APPRAISAL)).as("the appraisal stays open").isNotBlank();
    }

    private List<Notification> reminded(String number) {
        return notifications.latest(actor("appraiser"), 50).stream()
                .filter(n -> n.getKind() == NotificationKind.REMINDER && number.equals(n.getProposalNumber()))
                .toList();
    }

    @Test
    void aBallotBelowTheThresholdEndsTheDossierAndTellsTheClerk() {
        long id = submitted(LDTT, null);
        review.approve(actor("leader"), task(id, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
        assertThat(councilVotes.record(actor("secretary"), task(id, ProcessKeys.TASK_COUNCIL_VOTE), 9, 8, 5, 3, 0))
                .isFalse();
        Proposal proposal = read(id);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.NOT_PROPOSED);
        assertThat(endEvents(proposal)).containsExactly("EndEvent_NotProposed");
        assertThat(notifications.latest(actor("clerk"), 20)).anySatisfy(n -> {
            assertThat(n.getProposalId()).isEqualTo(id);
            assertThat(n.getKind()).isEqualTo(NotificationKind.DECISION);
        });
    }

    @Test
    void aCouncilsCountsThatDoNotAddUpAreRefusedAndTheTaskStaysOpen() {
        long id = submitted(LDTT, null);
        review.approve(actor("leader"), task(id, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
        String vote = task(id, ProcessKeys.TASK_COUNCIL_VOTE);
        assertThatThrownBy(() -> councilVotes.record(actor("secretary"), vote, 9, 8, 5, 1, 0))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ballot.error.sum"));
        assertThatThrownBy(() -> councilVotes.record(actor("secretary2"), vote, 9, 8, 8, 0, 0))
                .isInstanceOf(DomainException.class); // another unit's secretary
        assertThat(task(id, ProcessKeys.TASK_COUNCIL_VOTE)).isEqualTo(vote);
        assertThat(read(id).getStatus()).isEqualTo(ProposalStatus.APPROVED_AT_UNIT);
    }

    @Test
    void twentyPeopleCompletingTheSameDecisionAtOnceGiveOneDecisionAndOneRegisterLine() throws Exception {
        long id = submitted(LDTT, null);
        review.approve(actor("leader"), task(id, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
        councilVotes.record(actor("secretary"), task(id, ProcessKeys.TASK_COUNCIL_VOTE), 9, 9, 9, 0, 0);
        String decision = task(id, ProcessKeys.TASK_UNIT_DECISION);
        long nominee = read(id).getNominees().get(0).getId();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            attempts.add(executor.submit(() -> {
                start.await();
                try {
                    decisions.decide(actor("leader"), decision, LocalDate.now(), "Nguyễn Văn Minh", Set.of(nominee),
                            null);
                    return "ok";
                } catch (DomainException e) {
                    return e.messageKey();
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> attempt : attempts) {
            outcomes.add(attempt.get());
        }

        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !"ok".equals(o)).hasSize(19)
                .allMatch("task.error.alreadyHandled"::equals);
        assertThat(awardsOf(id)).hasSize(1);
        assertThat(read(id).getHistory()).filteredOn(e -> e.getAction() == ProposalAction.DECIDED).hasSize(1);
    }

    private void atBoardWithAppraisal(long id) {
        review.approve(actor("leader"), task(id, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
        councilVotes.record(actor("secretary"), task(id, ProcessKeys.TASK_COUNCIL_VOTE), 9, 9, 9, 0, 0);
        reception.accept(actor("appraiser"), task(id, ProcessKeys.TASK_RECEPTION));
    }

    /**
     * A submitted dossier of the VKSND clerk: collectives with that title (names given), or one individual
     * Lao động tiên tiến when {@code names} is null; with the files every title here requires.
     */
    private long submitted(long titleId, String... names) {
        List<NomineeInput> nominees = names == null
                ? List.of(NomineeInput.individual("Lâm Quốc Bảo " + System.nanoTime() % 100000, "Kiểm sát viên",
                        titleId, "Hoàn thành tốt nhiệm vụ năm 2025."))
                : Arrays.stream(names).map(name -> new NomineeInput(NomineeKind.COLLECTIVE,
                        name + " " + System.nanoTime() % 100000, "12 người", null, null, titleId,
                        "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025.", List.of())).toList();
        long id = clerkProposals.createDraft(actor("clerk"),
                new ProposalInput(2025, CommendationType.MERIT, null, nominees));
        for (AttachmentKind kind : List.of(AttachmentKind.SUBMISSION_LETTER, AttachmentKind.ACHIEVEMENT_REPORT)) {
            attachments.add(actor("clerk"), id, kind, kind.name().toLowerCase() + ".pdf",
                    DemoDocuments.pdf(kind + " " + id));
        }
        if (titleId == BK_TTG) {
            attachments.add(actor("clerk"), id, AttachmentKind.MEETING_MINUTES, "bien-ban.pdf",
                    DemoDocuments.pdf("Bien ban " + id));
        }
        clerkProposals.submit(actor("clerk"), id, true);
        return id;
    }

    private static ProposalInput inputOf(Proposal proposal) {
        return new ProposalInput(proposal.getAchievementYear(), proposal.getCommendationType(), null,
                proposal.getNominees().stream().map(n -> new NomineeInput(n.getKind(), n.getName(), n.getDetails(),
                        null, null, n.getTitle().getId(), n.getAchievementReport(), List.of())).toList());
    }

    private Proposal read(long id) {
        Proposal proposal = clerkProposals.read(actor("clerk"), id);
        return proposal;
    }

    /** The open task of that step of the proposal's process. */
    private String task(long proposalId, String step) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(read(proposalId).getNumber())
                .taskDefinitionKey(step).singleResult();
        if (task == null) {
            throw new AssertionError("no open " + step + " for proposal " + proposalId);
        }
        return task.getId();
    }

    private String instanceOf(long proposalId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(read(proposalId).getNumber())
                .singleResult().getId();
    }

    private List<String> endEvents(Proposal proposal) {
        String instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(proposal.getNumber()).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityType("noneEndEvent")
                .list().stream().map(a -> a.getActivityId()).toList();
    }

    private List<String> awardsOf(long proposalId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT a.nominee_name, t.code, a.decision_number FROM award a JOIN title t ON t.id = a.title_id"
                        + " WHERE a.proposal_id = ? ORDER BY a.id")) {
            s.setLong(1, proposalId);
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                }
            }
            return lines;
        }
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }
}
