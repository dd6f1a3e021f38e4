package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.calendar.WorkingCalendar;

/**
 * Every path of the full procedure in {@code commendation-proposal.bpmn} (domain brief §5) on the real engine and
 * PostgreSQL: unit head, council vote, unit decision or Ban TĐKT reception (return for supplement at most once,
 * with a deadline), appraisal with reminder and escalation on working days, public notice for state-level forms,
 * decision. The process's actions on the outside world are recorded by a test double named as such.
 */
class FullApprovalProcessTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.civilService(Set.of());
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    /** Test double of the application's process actions: records which action ran for which proposal. */
    public static final class RecordingProcessActions {
        final List<String> calls = new ArrayList<>();

        public void recordDecision(DelegateExecution execution) {
            calls.add("recordDecision:" + execution.getBusinessKey() + ":" + execution.getVariable("approvedNominees"));
        }

        public void remind(DelegateExecution execution) {
            calls.add("remind:" + execution.getBusinessKey());
        }

        public void escalate(DelegateExecution execution) {
            calls.add("escalate:" + execution.getBusinessKey());
        }

        public void notifyNotCommended(DelegateExecution execution) {
            calls.add("notifyNotCommended:" + execution.getBusinessKey());
        }

        public void supplementExpired(DelegateExecution execution) {
            calls.add("supplementExpired:" + execution.getBusinessKey());
        }
    }

    private static final RecordingProcessActions ACTIONS = new RecordingProcessActions();
    private static TestEngine testEngine;
    private static RuntimeService runtime;
    private static HistoryService history;
    private static ManagementService management;

    @BeforeAll
    static void startEngine() {
        testEngine = TestEngine.start(FullApprovalProcessTest.class, Map.of("processActions", ACTIONS));
        runtime = testEngine.engine().getRuntimeService();
        history = testEngine.engine().getHistoryService();
        management = testEngine.engine().getManagementService();
    }

    @AfterAll
    static void stopEngine() {
        if (testEngine != null) {
            testEngine.close();
        }
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    private static ProcessInstance submit() {
        int n = NUMBERS.incrementAndGet();
        return runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL, TestEngine.proposalNumber("VKSND"),
                Map.of(ProcessKeys.VAR_PROPOSAL_ID, 5000L + n, ProcessKeys.VAR_UNIT_CODE, "VKSND"));
    }

    /** The instance waits at the user task {@code key} only, and the task is offered to {@code candidateGroup}. */
    private static Task openTask(ProcessInstance instance, String key, String candidateGroup) {
        assertThat(instance).isWaitingAtExactly(key);
        Task task = task(instance);
        assertThat(task).hasCandidateGroup(candidateGroup);
        return task;
    }

    private static void completeAt(ProcessInstance instance, String key, String group, Map<String, Object> vars) {
        complete(openTask(instance, key, group), vars);
    }

    private static Map<String, Object> decide(String decision, Object... more) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(ProcessKeys.VAR_DECISION, decision);
        for (int i = 0; i < more.length; i += 2) {
            vars.put((String) more[i], more[i + 1]);
        }
        return vars;
    }

    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(VIETNAM).toInstant());
    }

    private static List<String> endEvents(ProcessInstance instance) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityType("noneEndEvent").list().stream().map(a -> a.getActivityId()).toList();
    }

    /** Through the unit: head approves, council passes, the title is not the unit's to decide. */
    private static ProcessInstance atReception() {
        ProcessInstance instance = submit();
        completeAt(instance, "Task_UnitHeadReview", "UNIT_LEADER@VKSND", decide("APPROVE"));
        completeAt(instance, "Task_CouncilVote", "COUNCIL_SECRETARY@VKSND",
                Map.of("votePassed", true, "decidedByUnit", false));
        return instance;
    }

    private static void accept(ProcessInstance instance, String key, LocalDate received, boolean stateLevel) {
        completeAt(instance, key, "APPRAISER@BAN_TDKT", decide("ACCEPT",
                "appraisalDue", day(CALENDAR.plusWorkingDays(received, 25)),
                "appraisalReminder", day(CALENDAR.plusWorkingDays(received, 20)),
                "stateLevel", stateLevel));
    }

    @Test
    void aTitleWithinTheUnitsAuthorityEndsWithTheUnitsDecision() {
        ProcessInstance instance = submit();
        completeAt(instance, "Task_UnitHeadReview", "UNIT_LEADER@VKSND", decide("APPROVE"));
        completeAt(instance, "Task_CouncilVote", "COUNCIL_SECRETARY@VKSND",
                Map.of("votePassed", true, "decidedByUnit", true));
        completeAt(instance, "Task_UnitDecision", "UNIT_LEADER@VKSND",
                decide("DECIDE", "approvedNominees", List.of(1L, 2L)));

        assertThat(instance).isEnded();
        assertThat(endEvents(instance)).containsExactly("EndEvent_DecidedAtUnit");
        assertThat(ACTIONS.calls).contains("recordDecision:" + instance.getBusinessKey() + ":[1, 2]");
    }

    @Test
    void theUnitHeadMayRejectOrReturnAndAFailedVoteProposesNothing() {
        ProcessInstance rejected = submit();
        completeAt(rejected, "Task_UnitHeadReview", "UNIT_LEADER@VKSND", decide("REJECT"));
        assertThat(endEvents(rejected)).containsExactly("EndEvent_RejectedAtUnit");

        ProcessInstance returned = submit();
        completeAt(returned, "Task_UnitHeadReview", "UNIT_LEADER@VKSND", decide("RETURN"));
        completeAt(returned, "Task_ReviseProposal", "CLERK@VKSND", Map.of());
        completeAt(returned, "Task_UnitHeadReview", "UNIT_LEADER@VKSND", decide("APPROVE"));
        completeAt(returned, "Task_CouncilVote", "COUNCIL_SECRETARY@VKSND",
                Map.of("votePassed", false, "decidedByUnit", false));
        assertThat(endEvents(returned)).containsExactly("EndEvent_NotProposed");
    }

    @Test
    void aReturnForSupplementHappensOnceAndTheSecondReceptionCannotReturnAgain() {
        ProcessInstance instance = atReception();
        completeAt(instance, "Task_Reception", "APPRAISER@BAN_TDKT",
                decide("RETURN", "supplementDue", day(CALENDAR.plusWorkingDays(LocalDate.now(VIETNAM), 10))));
        Task supplement = openTask(instance, "Task_Supplement", "CLERK@VKSND");
        assertThat(supplement.getDueDate()).isNotNull();
        complete(supplement);

        Task again = openTask(instance, "Task_ReceptionAfterSupplement", "APPRAISER@BAN_TDKT");
        // By design: the second reception has no path back to the clerk.
        assertThatThrownBy(() -> complete(again, decide("RETURN"))).isInstanceOf(ProcessEngineException.class);
        assertThat(openTask(instance, "Task_ReceptionAfterSupplement", "APPRAISER@BAN_TDKT").getId())
                .isEqualTo(again.getId());

        accept(instance, "Task_ReceptionAfterSupplement", LocalDate.now(VIETNAM), false);
        completeAt(instance, "Task_Appraisal", "APPRAISER@BAN_TDKT", decide("PROPOSE"));
        completeAt(instance, "Task_Decision", "APPROVER@BAN_TDKT", decide("DECIDE", "approvedNominees", List.of(7L)));
        assertThat(endEvents(instance)).containsExactly("EndEvent_Decided");
        assertThat(ACTIONS.calls).contains("recordDecision:" + instance.getBusinessKey() + ":[7]");
    }

    @Test
    void aSupplementNotGivenByItsDeadlineEndsTheDossier() {
        ProcessInstance instance = atReception();
        LocalDate today = LocalDate.now(VIETNAM);
        completeAt(instance, "Task_Reception", "APPRAISER@BAN_TDKT",
                decide("RETURN", "supplementDue", day(CALENDAR.plusWorkingDays(today, 10))));
        ClockUtil.setCurrentTime(day(CALENDAR.plusWorkingDays(today, 11)));
        executeDueJobs(instance);
        assertThat(instance).isEnded();
        assertThat(endEvents(instance)).containsExactly("EndEvent_SupplementExpired");
        assertThat(ACTIONS.calls).contains("supplementExpired:" + instance.getBusinessKey());
    }

    @Test
    void theAppraiserIsRemindedOnDayTwentyAndTheHeadOfTheBoardIsToldWhenItIsOverdue() {
        ProcessInstance instance = atReception();
        LocalDate received = LocalDate.now(VIETNAM);
        accept(instance, "Task_Reception", received, false);
        Task appraisal = openTask(instance, "Task_Appraisal", "APPRAISER@BAN_TDKT");
        assertThat(appraisal).hasDueDate(day(CALENDAR.plusWorkingDays(received, 25)));

        ClockUtil.setCurrentTime(day(CALENDAR.plusWorkingDays(received, 19)));
        executeDueJobs(instance);
        assertThat(ACTIONS.calls).doesNotContain("remind:" + instance.getBusinessKey());

        ClockUtil.setCurrentTime(day(CALENDAR.plusWorkingDays(received, 20)));
        executeDueJobs(instance);
        assertThat(ACTIONS.calls).contains("remind:" + instance.getBusinessKey())
                .doesNotContain("escalate:" + instance.getBusinessKey());

        ClockUtil.setCurrentTime(day(CALENDAR.plusWorkingDays(received, 26)));
        executeDueJobs(instance);
        assertThat(ACTIONS.calls).contains("escalate:" + instance.getBusinessKey());
        // Neither timer takes the task away: the appraisal is still to be done.
        assertThat(openTask(instance, "Task_Appraisal", "APPRAISER@BAN_TDKT").getId()).isEqualTo(appraisal.getId());
    }

    @Test
    void aStateLevelFormIsPublishedForTenWorkingDaysBeforeTheDecision() {
        ProcessInstance instance = atReception();
        LocalDate today = LocalDate.now(VIETNAM);
        accept(instance, "Task_Reception", today, true);
        completeAt(instance, "Task_Appraisal", "APPRAISER@BAN_TDKT",
                decide("PROPOSE", "publicNoticeEnds", day(CALENDAR.plusWorkingDays(today, 10))));
        assertThat(instance).task().as("no task while the notice is public").isNull();

        ClockUtil.setCurrentTime(day(CALENDAR.plusWorkingDays(today, 10).plusDays(1)));
        executeDueJobs(instance);
        completeAt(instance, "Task_RecordNoticeComments", "APPRAISER@BAN_TDKT", Map.of());
        completeAt(instance, "Task_Decision", "APPROVER@BAN_TDKT", decide("REFUSE"));
        assertThat(endEvents(instance)).containsExactly("EndEvent_DecisionRefused");
        assertThat(ACTIONS.calls).contains("notifyNotCommended:" + instance.getBusinessKey());
    }

    @Test
    void aStateLevelFormGoesUpAndTheCentralDecisionIsRecordedWhenItArrives() {
        for (String central : List.of("DECIDE", "REFUSE")) {
            ProcessInstance instance = atReception();
            LocalDate today = LocalDate.now(VIETNAM);
            accept(instance, "Task_Reception", today, true);
            completeAt(instance, "Task_Appraisal", "APPRAISER@BAN_TDKT",
                    decide("PROPOSE", "publicNoticeEnds", day(CALENDAR.plusWorkingDays(today, 10))));
            ClockUtil.setCurrentTime(day(CALENDAR.plusWorkingDays(today, 10).plusDays(1)));
            executeDueJobs(instance);
            completeAt(instance, "Task_RecordNoticeComments", "APPRAISER@BAN_TDKT", Map.of());
            completeAt(instance, "Task_Decision", "APPROVER@BAN_TDKT", decide("SEND_UP"));
            assertThat(instance).isWaitingAt("Task_CentralDecision");
            completeAt(instance, "Task_CentralDecision", "APPRAISER@BAN_TDKT", central.equals("DECIDE")
                    ? decide("DECIDE", "approvedNominees", List.of(7L)) : decide("REFUSE"));
            assertThat(endEvents(instance)).as(central).containsExactly(central.equals("DECIDE") ? "EndEvent_Decided"
                    : "EndEvent_DecisionRefused");
            String action = (central.equals("DECIDE") ? "recordDecision:" : "notifyNotCommended:")
                    + instance.getBusinessKey();
            assertThat(ACTIONS.calls).anyMatch(call -> call.startsWith(action));
            ClockUtil.reset();
        }
    }

    @Test
    void receptionMayRefuseAndAppraisalMayFindTheDossierWanting() {
        ProcessInstance refused = atReception();
        completeAt(refused, "Task_Reception", "APPRAISER@BAN_TDKT", decide("REFUSE"));
        assertThat(endEvents(refused)).containsExactly("EndEvent_RefusedAtReception");

        ProcessInstance wanting = atReception();
        accept(wanting, "Task_Reception", LocalDate.now(VIETNAM), false);
        completeAt(wanting, "Task_Appraisal", "APPRAISER@BAN_TDKT", decide("REFUSE"));
        assertThat(endEvents(wanting)).containsExactly("EndEvent_NotCommended");
        assertThat(ACTIONS.calls).contains("notifyNotCommended:" + wanting.getBusinessKey());
    }

    /** Runs the timers of the instance that are due by the engine's clock, as the job executor would. */
    private static void executeDueJobs(ProcessInstance instance) {
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).executable().list()) {
            management.executeJob(job.getId());
        }
    }
}
