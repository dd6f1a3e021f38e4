package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.workflow.bloc.BlocKeys;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;

/** Every user task of the diagrams is announced when it opens, with its subject and candidate groups. */
class TaskOpenedListenerTest {

    private static final List<TaskOpened> OPENED = new CopyOnWriteArrayList<>();

    private static TestEngine testEngine;
    private static RuntimeService runtime;

    @BeforeAll
    static void startEngine() {
        testEngine = TestEngine.start(TaskOpenedListenerTest.class, OPENED::add);
        runtime = testEngine.engine().getRuntimeService();
    }

    @AfterAll
    static void stopEngine() {
        if (testEngine != null) {
            testEngine.close();
        }
    }

    @BeforeEach
    void forget() {
        OPENED.clear();
    }

    @Test
    void theReviewTaskIsAnnouncedToTheUnitLeadersWithItsProposal() {
        String number = TestEngine.proposalNumber("VKSND");
        ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL,
                number, Map.of(ProcessKeys.VAR_PROPOSAL_ID, 41L, ProcessKeys.VAR_UNIT_CODE, "VKSND"));

        assertThat(OPENED).hasSize(1);
        TaskOpened opened = OPENED.get(0);
        Task task = task(instance);
        assertThat(opened.taskId()).isEqualTo(task.getId());
        assertThat(opened.taskKey()).isEqualTo(ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        assertThat(opened.businessKey()).isEqualTo(number);
        assertThat(opened.proposalId()).isEqualTo(41L);
        assertThat(opened.subject()).isEqualTo(new TaskSubject(TaskSubject.Type.PROPOSAL, 41L));
        assertThat(opened.candidateGroups()).containsExactly("UNIT_LEADER@VKSND");
        assertThat(opened.candidateUsers()).isEmpty();
        assertThat(opened.assignee()).isNull();
    }

    @Test
    void aReturnAnnouncesTheRevisionToTheClerksAndAResubmissionTheReviewAgain() {
        ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL,
                TestEngine.proposalNumber("CONG_AN"),
                Map.of(ProcessKeys.VAR_PROPOSAL_ID, 42L, ProcessKeys.VAR_UNIT_CODE, "CONG_AN"));
        Task review = task(instance);
        complete(review, withVariables(ProcessKeys.VAR_DECISION, Decision.RETURN.name()));
        Task revision = task(instance);
        complete(revision);

        assertThat(OPENED).extracting(TaskOpened::taskKey).containsExactly(ProcessKeys.TASK_UNIT_HEAD_REVIEW,
                ProcessKeys.TASK_REVISE_PROPOSAL, ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        assertThat(OPENED.get(1).candidateGroups()).containsExactly("CLERK@CONG_AN");
        assertThat(OPENED).allSatisfy(opened -> assertThat(opened.proposalId()).isEqualTo(42L));
    }

    @Test
    void anApprovalOpensTheCouncilVoteForTheUnitsSecretary() {
        ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL,
                TestEngine.proposalNumber("VKSND"),
                Map.of(ProcessKeys.VAR_PROPOSAL_ID, 43L, ProcessKeys.VAR_UNIT_CODE, "VKSND"));
        Task review = task(instance);
        OPENED.clear();

        complete(review, withVariables(ProcessKeys.VAR_DECISION, Decision.APPROVE.name()));

        assertThat(OPENED).extracting(TaskOpened::taskKey).containsExactly(ProcessKeys.TASK_COUNCIL_VOTE);
        assertThat(OPENED.get(0).candidateGroups()).containsExactly("COUNCIL_SECRETARY@VKSND");
    }

    @Test
    void aBlocReviewsTaskIsAnnouncedWithItsReviewAndNoProposal() {
        // Any business key: the review is read from the process variable, never parsed out of the key.
        runtime.startProcessInstanceByKey(BlocKeys.PROCESS, "REVIEW-OF-BLOC-93", Map.of(BlocKeys.VAR_REVIEW_ID, 93L,
                BlocKeys.VAR_HEAD_UNIT, "VKSND", BlocKeys.VAR_YEAR_END, false));

        assertThat(OPENED).singleElement().satisfies(opened -> {
            assertThat(opened.taskKey()).isEqualTo(BlocKeys.TASK_CONSOLIDATE);
            assertThat(opened.subject()).isEqualTo(new TaskSubject(TaskSubject.Type.BLOC_REVIEW, 93L));
            assertThat(opened.proposalId()).isNull();
        });
    }
}
