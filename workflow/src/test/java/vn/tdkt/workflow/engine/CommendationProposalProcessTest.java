package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;

/** Every path of {@code commendation-proposal.bpmn} on the real engine and a real PostgreSQL. */
class CommendationProposalProcessTest {

    // Element ids of the diagram that the application never names, so they have no constant in ProcessKeys.
    private static final String START = "StartEvent_ProposalSubmitted";
    private static final String GATEWAY = "Gateway_UnitHeadDecision";
    private static final String COUNCIL_VOTE = ProcessKeys.TASK_COUNCIL_VOTE;

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private static TestEngine testEngine;
    private static RuntimeService runtime;
    private static TaskService tasks;
    private static HistoryService history;

    @BeforeAll
    static void startEngine() {
        testEngine = TestEngine.start(CommendationProposalProcessTest.class);
        runtime = testEngine.engine().getRuntimeService();
        tasks = testEngine.engine().getTaskService();
        history = testEngine.engine().getHistoryService();
    }

    @AfterAll
    static void stopEngine() {
        if (testEngine != null) {
            testEngine.close();
        }
    }

    /** What {@code ClerkProposals.submit} does: business key = proposal number, variables = ids and unit. */
    private static ProcessInstance submit(String unitCode) {
        int n = NUMBERS.incrementAndGet();
        return runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL,
                TestEngine.proposalNumber(unitCode), Map.of(
                        ProcessKeys.VAR_PROPOSAL_ID, 1000L + n,
                        ProcessKeys.VAR_UNIT_CODE, unitCode));
    }

    /** The instance waits at {@code key} and nowhere else; its one open task. */
    private static Task waitingAt(ProcessInstance instance, String key) {
        assertThat(instance).isWaitingAtExactly(key);
        return task(instance);
    }

    private static Task review(ProcessInstance instance) {
        return waitingAt(instance, ProcessKeys.TASK_UNIT_HEAD_REVIEW);
    }

    private static Task revision(ProcessInstance instance) {
        return waitingAt(instance, ProcessKeys.TASK_REVISE_PROPOSAL);
    }

    /** What {@code UnitHeadReview} passes when the leader decides. */
    private static void decide(Task task, Decision decision) {
        complete(task, withVariables(ProcessKeys.VAR_DECISION, decision.name()));
    }

    private static boolean offeredTo(Task task, String candidateGroup) {
        return tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup(candidateGroup).count() > 0;
    }

    private static List<String> activityPath(ProcessInstance instance) {
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    /** The query {@code Inbox} runs for a signed-in user: assigned to them or offered to one of their groups. */
    private static TaskQuery inboxOf(Actor actor) {
        return CandidateGroups.openTasksOf(tasks, actor);
    }

    private static Actor actor(String username, long unitId, String unitCode, Role... roles) {
        return new Actor(unitId * 100, username, username, unitId, unitCode, EnumSet.copyOf(List.of(roles)));
    }

    @Test
    void aSubmittedProposalWaitsForTheUnitHeadOfItsOwnUnitOnly() {
        ProcessInstance instance = submit("VKSND");

        Task task = review(instance);
        assertThat(task).hasName("Thủ trưởng đơn vị xem xét").hasCandidateGroup("UNIT_LEADER@VKSND").isNotAssigned();
        assertThat(offeredTo(task, "UNIT_LEADER@CONG_AN")).isFalse();
        assertThat(offeredTo(task, "CLERK@VKSND")).as("the clerk who submitted does not review").isFalse();
        assertThat(instance).variables()
                .containsEntry(ProcessKeys.VAR_UNIT_CODE, "VKSND")
                .containsKey(ProcessKeys.VAR_PROPOSAL_ID);
    }

    @Test
    void theInboxQueryShowsAReviewToTheLeaderOfTheUnitAndToNobodyElse() {
        ProcessInstance instance = submit("VKSND");
        String taskId = review(instance).getId();

        Actor leader = actor("thutruong.vks", 1, "VKSND", Role.UNIT_LEADER);
        Actor clerk = actor("canbo.vks", 1, "VKSND", Role.CLERK);
        Actor otherLeader = actor("thutruong.ca", 2, "CONG_AN", Role.UNIT_LEADER);
        Actor admin = actor("admin", 3, "BAN_TDKT", Role.ADMIN);

        assertThat(inboxOf(leader).taskId(taskId).count()).isEqualTo(1);
        assertThat(inboxOf(clerk).taskId(taskId).count()).isZero();
        assertThat(inboxOf(otherLeader).taskId(taskId).count()).isZero();
        assertThat(inboxOf(admin).taskId(taskId).count()).isZero();
    }

    @Test
    void approvalSendsTheDossierToTheUnitsCouncil() {
        ProcessInstance instance = submit("VKSND");

        decide(review(instance), Decision.APPROVE);

        assertWaitsForTheCouncilVote(instance, "VKSND");
        assertThat(activityPath(instance))
                .containsExactly(START, ProcessKeys.TASK_UNIT_HEAD_REVIEW, GATEWAY, COUNCIL_VOTE);
    }

    /** The one open task is the council's vote, offered to the unit's council secretaries. */
    private static void assertWaitsForTheCouncilVote(ProcessInstance instance, String unitCode) {
        assertThat(waitingAt(instance, COUNCIL_VOTE)).hasCandidateGroup("COUNCIL_SECRETARY@" + unitCode);
    }

    @Test
    void aReturnGoesToTheUnitsClerksAndTheResubmissionBackToTheUnitHead() {
        ProcessInstance instance = submit("VKSND");

        decide(review(instance), Decision.RETURN);

        Task revise = revision(instance);
        assertThat(revise).hasCandidateGroup("CLERK@VKSND");
        assertThat(offeredTo(revise, "CLERK@CONG_AN")).isFalse();
        assertThat(offeredTo(revise, "UNIT_LEADER@VKSND")).isFalse();

        // ClerkProposals.resubmit completes the revision without variables.
        complete(revise);

        Task secondReview = review(instance);
        assertThat(secondReview).hasCandidateGroup("UNIT_LEADER@VKSND");

        decide(secondReview, Decision.APPROVE);

        assertWaitsForTheCouncilVote(instance, "VKSND");
        assertThat(activityPath(instance)).containsExactly(START,
                ProcessKeys.TASK_UNIT_HEAD_REVIEW, GATEWAY, ProcessKeys.TASK_REVISE_PROPOSAL,
                ProcessKeys.TASK_UNIT_HEAD_REVIEW, GATEWAY, COUNCIL_VOTE);
    }

    @Test
    void aProposalCanBeReturnedAgainAfterItsResubmission() {
        ProcessInstance instance = submit("CONG_AN");

        decide(review(instance), Decision.RETURN);
        complete(revision(instance));
        decide(review(instance), Decision.RETURN);
        Task secondRevision = revision(instance);
        assertThat(secondRevision).hasCandidateGroup("CLERK@CONG_AN");
        complete(secondRevision);
        decide(review(instance), Decision.APPROVE);

        assertWaitsForTheCouncilVote(instance, "CONG_AN");
        assertThat(activityPath(instance))
                .filteredOn(ProcessKeys.TASK_UNIT_HEAD_REVIEW::equals).hasSize(3);
        assertThat(activityPath(instance))
                .filteredOn(ProcessKeys.TASK_REVISE_PROPOSAL::equals).hasSize(2);
        assertThat(activityPath(instance)).last().isEqualTo(COUNCIL_VOTE);
    }

    @Test
    void anUnknownDecisionFailsTheCompletionAndLeavesTheReviewOpen() {
        ProcessInstance instance = submit("VKSND");
        Task task = review(instance);

        assertThatThrownBy(() -> complete(task, withVariables(ProcessKeys.VAR_DECISION, "MAYBE")))
                .isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> complete(task, withVariables(ProcessKeys.VAR_DECISION, "approve")))
                .as("decisions are case-sensitive enum names")
                .isInstanceOf(ProcessEngineException.class);

        assertThat(review(instance).getId()).isEqualTo(task.getId());
        assertThat(instance).variables()
                .as("the failed completion was rolled back with its variables")
                .doesNotContainKey(ProcessKeys.VAR_DECISION);
        decide(task, Decision.APPROVE);
        assertWaitsForTheCouncilVote(instance, "VKSND");
    }

    @Test
    void aMissingDecisionFailsTheCompletionAndLeavesTheReviewOpen() {
        ProcessInstance instance = submit("VKSND");
        Task task = review(instance);

        assertThatThrownBy(() -> complete(task)).isInstanceOf(ProcessEngineException.class);
        Map<String, Object> nullDecision = new HashMap<>();
        nullDecision.put(ProcessKeys.VAR_DECISION, null);
        assertThatThrownBy(() -> complete(task, nullDecision))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(review(instance).getId()).isEqualTo(task.getId());
        assertThat(activityPath(instance)).containsExactly(START, ProcessKeys.TASK_UNIT_HEAD_REVIEW);
    }

    @Test
    void aMissingDecisionFailsAlsoOnTheReviewAfterAResubmission() {
        ProcessInstance instance = submit("VKSND");
        decide(review(instance), Decision.RETURN);
        complete(revision(instance));
        Task secondReview = review(instance);

        assertThatThrownBy(() -> complete(secondReview)).isInstanceOf(ProcessEngineException.class);
        assertThat(review(instance).getId()).isEqualTo(secondReview.getId());
    }

    @Test
    void aSubmissionWithoutUnitCodeIsRefusedRatherThanOfferedToNobody() {
        long before = runtime.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL, "NO-UNIT",
                Map.of(ProcessKeys.VAR_PROPOSAL_ID, 1L))).isInstanceOf(ProcessEngineException.class);

        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("NO-UNIT").count()).isZero();
    }

    @Test
    void theProposalIsFoundByItsNumberAsBusinessKey() {
        ProcessInstance instance = submit("VKSND");

        // ClerkProposals.resubmit finds the revision task through the business key.
        decide(review(instance), Decision.RETURN);
        Task found = tasks.createTaskQuery()
                .processInstanceBusinessKey(instance.getBusinessKey())
                .taskDefinitionKey(ProcessKeys.TASK_REVISE_PROPOSAL)
                .singleResult();

        assertThat(found).isNotNull();
        assertThat(found.getProcessInstanceId()).isEqualTo(instance.getId());
        assertThat(tasks.getVariable(found.getId(), ProcessKeys.VAR_PROPOSAL_ID)).isInstanceOf(Number.class);
    }
}
