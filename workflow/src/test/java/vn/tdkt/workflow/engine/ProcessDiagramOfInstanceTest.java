package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.workflow.diagram.InstanceDiagram;

/**
 * The diagram of a real instance on the engine and PostgreSQL: the step waiting now is current, the steps behind
 * it are done, and an ended instance shows the path it took with nothing current.
 */
class ProcessDiagramOfInstanceTest {

    private static TestEngine testEngine;
    private static ProcessEngine engine;
    private static InstanceDiagram diagrams;

    @BeforeAll
    static void startEngine() {
        testEngine = TestEngine.start(ProcessDiagramOfInstanceTest.class);
        engine = testEngine.engine();
        diagrams = new InstanceDiagram(engine.getRepositoryService(), engine.getRuntimeService(),
                engine.getHistoryService());
    }

    @AfterAll
    static void stopEngine() {
        if (testEngine != null) {
            testEngine.close();
        }
    }

    private static ProcessInstance submit() {
        return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL,
                TestEngine.proposalNumber("VKSND"),
                Map.of(ProcessKeys.VAR_PROPOSAL_ID, 7001L, ProcessKeys.VAR_UNIT_CODE, "VKSND"));
    }

    @Test
    void afterTheUnitHeadsApprovalTheCouncilVoteIsCurrentAndTheReviewDone() {
        ProcessInstance instance = submit();
        String number = instance.getBusinessKey();
        assertThat(diagrams.ofProposal(number)).get()
                .satisfies(d -> assertThat(d.marks().current()).containsExactly(ProcessKeys.TASK_UNIT_HEAD_REVIEW));

        complete(task(ProcessKeys.TASK_UNIT_HEAD_REVIEW, instance), withVariables(ProcessKeys.VAR_DECISION, "APPROVE"));

        InstanceDiagram.Drawing drawing = diagrams.ofProposal(number).orElseThrow();
        assertThat(drawing.ended()).isFalse();
        assertThat(drawing.marks().current()).containsExactly(ProcessKeys.TASK_COUNCIL_VOTE);
        assertThat(drawing.marks().isDone(ProcessKeys.TASK_UNIT_HEAD_REVIEW)).isTrue();
        assertThat(drawing.marks().isDone("Gateway_UnitHeadDecision")).isTrue();
        assertThat(drawing.marks().isDone(ProcessKeys.TASK_REVISE_PROPOSAL)).isFalse();
        assertThat(drawing.currentStepNames()).containsExactly("Thư ký hội đồng ghi kết quả bỏ phiếu");

        String svg = drawing.svg();
        assertThat(svg).contains("class=\"shape task current\" data-element-id=\"Task_CouncilVote\"")
                .contains("class=\"shape task done\" data-element-id=\"Task_UnitHeadReview\"")
                .contains("class=\"edge done\" data-element-id=\"Flow_UnitHeadApproved\"")
                .contains("<title id=\"diagram-title\">Đề nghị khen thưởng: Thư ký hội đồng ghi kết quả bỏ phiếu");
    }

    @Test
    void anEndedInstanceShowsThePathTakenAndNothingCurrent() {
        ProcessInstance instance = submit();
        complete(task(ProcessKeys.TASK_UNIT_HEAD_REVIEW, instance), withVariables(ProcessKeys.VAR_DECISION, "REJECT"));

        InstanceDiagram.Drawing drawing = diagrams.ofProposal(instance.getBusinessKey()).orElseThrow();
        assertThat(drawing.ended()).isTrue();
        assertThat(drawing.marks().current()).isEmpty();
        assertThat(drawing.marks().done()).contains("StartEvent_ProposalSubmitted", ProcessKeys.TASK_UNIT_HEAD_REVIEW,
                "Gateway_UnitHeadDecision", "EndEvent_RejectedAtUnit").doesNotContain(ProcessKeys.TASK_COUNCIL_VOTE);
        assertThat(drawing.svg()).contains("class=\"edge done\" data-element-id=\"Flow_UnitHeadRejected\"")
                .doesNotContain(" current\"");
    }

    @Test
    void aProposalWithoutAnInstanceHasNoDiagram() {
        assertThat(diagrams.ofProposal("VKSND-2026-NEVER")).isEmpty();
    }
}
