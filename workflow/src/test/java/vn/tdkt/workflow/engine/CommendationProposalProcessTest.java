package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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

    private static Task openTask(ProcessInstance instance) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(open).as("exactly one open task").hasSize(1);
        return open.get(0);
    }

    private static Task review(ProcessInstance instance) {
        Task task = openTask(instance);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        return task;
    }

    private static Task revision(ProcessInstance instance) {
        Task task = openTask(instance);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(ProcessKeys.TASK_REVISE_PROPOSAL);
        return task;
    }

    /** What {@code UnitHeadReview} passes when the leader decides. */
    private static void decide(Task task, Decision decision) {
        tasks.complete(task.getId(), Map.of(ProcessKeys.VAR_DECISION, decision.name()));
    }

    private static boolean ended(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
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
        assertThat(task.getName()).isEqualTo("Thủ trưởng đơn vị xem xét");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("UNIT_LEADER@VKSND").count())
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("UNIT_LEADER@CONG_AN").count())
                .isZero();
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("CLERK@VKSND").count())
                .as("the clerk who submitted does not review").isZero();
        assertThat(task.getAssignee()).isNull();
        assertThat(runtime.getVariables(instance.getId()))
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

        assertThat(atCouncilVote(instance, "VKSND")).isTrue();
        assertThat(activityPath(instance))
                .containsExactly(START, ProcessKeys.TASK_UNIT_HEAD_REVIEW, GATEWAY, COUNCIL_VOTE);
    }

    /** The one open task is the council's vote, offered to the unit's council secretaries only. */
    private static boolean atCouncilVote(ProcessInstance instance, String unitCode) {
        Task task = openTask(instance);
        return COUNCIL_VOTE.equals(task.getTaskDefinitionKey()) && tasks.createTaskQuery().taskId(task.getId())
                .taskCandidateGroup("COUNCIL_SECRETARY@" + unitCode).count() == 1;
    }

    @Test
    void aReturnGoesToTheUnitsClerksAndTheResubmissionBackToTheUnitHead() {
        ProcessInstance instance = submit("VKSND");

        decide(review(instance), Decision.RETURN);

        Task revise = revision(instance);
        assertThat(tasks.createTaskQuery().taskId(revise.getId()).taskCandidateGroup("CLERK@VKSND").count())
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(revise.getId()).taskCandidateGroup("CLERK@CONG_AN").count())
                .isZero();
        assertThat(tasks.createTaskQuery().taskId(revise.getId()).taskCandidateGroup("UNIT_LEADER@VKSND").count())
                .isZero();

        // ClerkProposals.resubmit completes the revision without variables.
        tasks.complete(revise.getId());

        Task secondReview = review(instance);
        assertThat(tasks.createTaskQuery().taskId(secondReview.getId())
                .taskCandidateGroup("UNIT_LEADER@VKSND").count()).isEqualTo(1);

        decide(secondReview, Decision.APPROVE);

        assertThat(atCouncilVote(instance, "VKSND")).isTrue();
        assertThat(activityPath(instance)).containsExactly(START,
                ProcessKeys.TASK_UNIT_HEAD_REVIEW, GATEWAY, ProcessKeys.TASK_REVISE_PROPOSAL,
                ProcessKeys.TASK_UNIT_HEAD_REVIEW, GATEWAY, COUNCIL_VOTE);
    }

    @Test
    void aProposalCanBeReturnedAgainAfterItsResubmission() {
        ProcessInstance instance = submit("CONG_AN");

        decide(review(instance), Decision.RETURN);
        tasks.complete(revision(instance).getId());
        decide(review(instance), Decision.RETURN);
        Task secondRevision = revision(instance);
        assertThat(tasks.createTaskQuery().taskId(secondRevision.getId())
                .taskCandidateGroup("CLERK@CONG_AN").count()).isEqualTo(1);
        tasks.complete(secondRevision.getId());
        decide(review(instance), Decision.APPROVE);

        assertThat(atCouncilVote(instance, "CONG_AN")).isTrue();
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

        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of(ProcessKeys.VAR_DECISION, "MAYBE")))
                .isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of(ProcessKeys.VAR_DECISION, "approve")))
                .as("decisions are case-sensitive enum names")
                .isInstanceOf(ProcessEngineException.class);

        assertThat(review(instance).getId()).isEqualTo(task.getId());
        assertThat(runtime.getVariable(instance.getId(), ProcessKeys.VAR_DECISION))
                .as("the failed completion was rolled back with its variables").isNull();
        decide(task, Decision.APPROVE);
        assertThat(atCouncilVote(instance, "VKSND")).isTrue();
    }

    @Test
    void aMissingDecisionFailsTheCompletionAndLeavesTheReviewOpen() {
        ProcessInstance instance = submit("VKSND");
        Task task = review(instance);

        assertThatThrownBy(() -> tasks.complete(task.getId())).isInstanceOf(ProcessEngineException.class);
        Map<String, Object> nullDecision = new HashMap<>();
        nullDecision.put(ProcessKeys.VAR_DECISION, null);
        assertThatThrownBy(() -> tasks.complete(task.getId(), nullDecision))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(review(instance).getId()).isEqualTo(task.getId());
        assertThat(activityPath(instance)).containsExactly(START, ProcessKeys.TASK_UNIT_HEAD_REVIEW);
    }

    @Test
    void aMissingDecisionFailsAlsoOnTheReviewAfterAResubmission() {
        ProcessInstance instance = submit("VKSND");
        decide(review(instance), Decision.RETURN);
        tasks.complete(revision(instance).getId());
        Task secondReview = review(instance);

        assertThatThrownBy(() -> tasks.complete(secondReview.getId())).isInstanceOf(ProcessEngineException.class);
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
