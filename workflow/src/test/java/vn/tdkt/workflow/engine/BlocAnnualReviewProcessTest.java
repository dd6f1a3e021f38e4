package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.workflow.bloc.BlocKeys;

/**
 * The diagram {@code bloc-annual-review}: the head's consolidation, then the acclamation ballot, both offered to
 * the head unit's clerks; a year-end review then runs the proposals' service task, a mid-year one just ends.
 */
class BlocAnnualReviewProcessTest {

    /** Stands in for the application's {@code blocActions} bean: records the reviews it was asked to propose. */
    public static final class RecordingBlocActions {
        final List<Object> proposed = new ArrayList<>();

        public void propose(DelegateExecution execution) {
            proposed.add(execution.getVariable(BlocKeys.VAR_REVIEW_ID));
        }
    }

    private static final RecordingBlocActions ACTIONS = new RecordingBlocActions();
    private static TestEngine testEngine;
    private static RuntimeService runtime;
    private static TaskService tasks;

    @BeforeAll
    static void startEngine() {
        testEngine = TestEngine.start(BlocAnnualReviewProcessTest.class, Map.of("blocActions", ACTIONS));
        runtime = testEngine.engine().getRuntimeService();
        tasks = testEngine.engine().getTaskService();
    }

    @AfterAll
    static void stopEngine() {
        if (testEngine != null) {
            testEngine.close();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theHeadConsolidatesThenRecordsTheBallotAndOnlyAYearEndReviewProposes(boolean yearEnd) {
        long reviewId = yearEnd ? 71L : 72L;
        ProcessInstance instance = runtime.startProcessInstanceByKey(BlocKeys.PROCESS,
                BlocKeys.businessKey(reviewId), Map.of(BlocKeys.VAR_REVIEW_ID, reviewId,
                        BlocKeys.VAR_HEAD_UNIT, "VKSND", BlocKeys.VAR_YEAR_END, yearEnd));

        assertThat(instance).isWaitingAtExactly(BlocKeys.TASK_CONSOLIDATE);
        Task consolidate = task(instance);
        assertThat(tasks.getIdentityLinksForTask(consolidate.getId())).extracting(l -> l.getGroupId())
                .containsExactly("CLERK@VKSND");
        complete(consolidate);
        assertThat(instance).isWaitingAtExactly(BlocKeys.TASK_ACCLAMATION);
        complete(task(instance), withVariables(BlocKeys.VAR_RECORDED_BY, "clerk"));

        assertThat(instance).isEnded();
        assertThat(ACTIONS.proposed.contains(reviewId)).isEqualTo(yearEnd);
    }
}
