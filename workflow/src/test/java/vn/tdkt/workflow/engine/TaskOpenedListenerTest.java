package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
    private static TaskService tasks;

    @BeforeAll
    static void startEngine() {
        testEngine = TestEngine.start(TaskOpenedListenerTest.class, OPENED::add);
        runtime = testEngine.engine().getRuntimeService();
        tasks = testEngine.engine().getTaskService();
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
        ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL,
                "VKSND-2026-000001", Map.of(ProcessKeys.VAR_PROPOSAL_ID, 41L, ProcessKeys.VAR_UNIT_CODE, "VKSND"));

        assertThat(OPENED).hasSize(1);
        TaskOpened opened = OPENED.get(0);
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(opened.taskId()).isEqualTo(task.getId());
        assertThat(opened.taskKey()).isEqualTo(ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        assertThat(opened.businessKey()).isEqualTo("VKSND-2026-000001");
        assertThat(opened.proposalId()).isEqualTo(41L);
        assertThat(opened.subject()).isEqualTo(new TaskSubject(TaskSubject.Type.PROPOSAL, 41L));
        assertThat(opened.candidateGroups()).containsExactly("UNIT_LEADER@VKSND");
        assertThat(opened.candidateUsers()).isEmpty();
        assertThat(opened.assignee()).isNull();
    }

    @Test
    void aReturnAnnouncesTheRevisionToTheClerksAndAResubmissionTheReviewAgain() {
        ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL,
                "CONG_AN-2026-000002", Map.of(ProcessKeys.VAR_PROPOSAL_ID, 42L, ProcessKeys.VAR_UNIT_CODE, "CONG_AN"));
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        tasks.complete(review.getId(), Map.of(ProcessKeys.VAR_DECISION, Decision.RETURN.name()));
        Task revision = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        tasks.complete(revision.getId());

        assertThat(OPENED).extracting(TaskOpened::taskKey).containsExactly(ProcessKeys.TASK_UNIT_HEAD_REVIEW,
                ProcessKeys.TASK_REVISE_PROPOSAL, ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        assertThat(OPENED.get(1).candidateGroups()).containsExactly("CLERK@CONG_AN");
        assertThat(OPENED).allSatisfy(opened -> assertThat(opened.proposalId()).isEqualTo(42L));
    }

    @Test
    void anApprovalOpensTheCouncilVoteForTheUnitsSecretary() {
        ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL,
                "VKSND-2026-000003", Map.of(ProcessKeys.VAR_PROPOSAL_ID, 43L, ProcessKeys.VAR_UNIT_CODE, "VKSND"));
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        OPENED.clear();

        tasks.complete(review.getId(), Map.of(ProcessKeys.VAR_DECISION, Decision.APPROVE.name()));

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
