package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.workflow.design.DeployOutcome;
import vn.tdkt.workflow.design.DiagramDeployer;
import vn.tdkt.workflow.design.DiagramProblem;

/**
 * A diagram reaches the engine only after the checks: a good one becomes the next version that new instances start
 * on while running ones keep theirs; a hostile one is refused and the engine's deployments are untouched.
 */
class DiagramDeploymentTest {

    private static final Set<String> UNITS = Set.of("VKSND", "BAN_TDKT");

    private static TestEngine testEngine;
    private static RepositoryService repository;
    private static RuntimeService runtime;

    @BeforeAll
    static void startEngine() {
        testEngine = TestEngine.start(DiagramDeploymentTest.class,
                Map.<Object, Object>of("processActions", new FullApprovalProcessTest.RecordingProcessActions()));
        repository = testEngine.engine().getRepositoryService();
        runtime = testEngine.engine().getRuntimeService();
    }

    @AfterAll
    static void stopEngine() {
        if (testEngine != null) {
            testEngine.close();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DiagramDeploymentTest.class.getResourceAsStream("/designer/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe-file-entity.bpmn", "xxe-parameter-entity.bpmn", "billion-laughs.bpmn",
        "script-task.bpmn", "script-listener.bpmn", "java-class.bpmn", "runtime-expression.bpmn", "oversized.bpmn",
        "picture-renamed.bpmn", "documentation-expression.bpmn", "alias-namespace-class.bpmn",
        "alias-namespace-candidate-users.bpmn", "listener-class.bpmn", "condition-language.bpmn",
        "element-without-namespace.bpmn"})
    void aHostileDiagramNeverReachesTheEngine(String file) {
        long deployments = repository.createDeploymentQuery().count();
        long definitions = repository.createProcessDefinitionQuery().count();

        DeployOutcome outcome = new DiagramDeployer(repository).deploy(resource(file), UNITS);

        assertThat(outcome.isDeployed()).isFalse();
        assertThat(outcome.getProblems()).isNotEmpty();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    }

    @Test
    void aGoodDiagramBecomesTheNextVersionAndRunningInstancesKeepTheirs() {
        DeployOutcome first = new DiagramDeployer(repository).deploy(resource("valid-opinion.bpmn"), UNITS);
        assertThat(first.getProblems()).isEmpty();
        ProcessInstance old = runtime.startProcessInstanceByKey("designer-test", Map.of("unitCode", "VKSND"));

        byte[] second = new String(resource("valid-opinion.bpmn"), StandardCharsets.UTF_8)
                .replace("Lấy ý kiến Công đoàn", "Lấy ý kiến Công đoàn cơ sở")
                .getBytes(StandardCharsets.UTF_8);
        DeployOutcome next = new DiagramDeployer(repository).deploy(second, UNITS);
        ProcessInstance fresh = runtime.startProcessInstanceByKey("designer-test", Map.of("unitCode", "VKSND"));

        assertThat(repository.getProcessDefinition(next.getDefinitionIds().get(0)).getVersion())
                .isEqualTo(repository.getProcessDefinition(first.getDefinitionIds().get(0)).getVersion() + 1);
        assertThat(next.getVersion()).isEqualTo(first.getVersion() + 1);
        assertThat(next.getProcessName()).isEqualTo("Thử");
        assertThat(old.getProcessDefinitionId()).isEqualTo(first.getDefinitionIds().get(0));
        assertThat(fresh.getProcessDefinitionId()).isEqualTo(next.getDefinitionIds().get(0));
        assertThat(task(fresh)).hasName("Lấy ý kiến Công đoàn cơ sở").hasCandidateGroup("UNIT_LEADER@VKSND");
    }

    @Test
    void theEnginesOwnRefusalIsReportedAndNothingDeployed() {
        long deployments = repository.createDeploymentQuery().count();
        // Passes our checks, fails the engine's parser: a timer with no time at all.
        byte[] xml = new String(resource("valid-opinion.bpmn"), StandardCharsets.UTF_8)
                .replace("<bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>",
                        "<bpmn:outgoing>Flow_1</bpmn:outgoing><bpmn:timerEventDefinition id=\"Timer_Empty\"/>"
                                + "</bpmn:startEvent>")
                .getBytes(StandardCharsets.UTF_8);

        DeployOutcome outcome = new DiagramDeployer(repository).deploy(xml, UNITS);

        assertThat(outcome.getProblems()).extracting(DiagramProblem::getKey).containsExactly("designer.error.engine");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void theEngineEvaluatesATasksDocumentationSoTheGateRefusesAnExpressionThere() {
        String task = "camunda:formKey=\"tdkt:opinion\">";
        byte[] xml = new String(resource("valid-opinion.bpmn"), StandardCharsets.UTF_8)
                .replace("id=\"designer-test\"", "id=\"documentation-probe\"")
                .replace(task, task + "<bpmn:documentation>${execution.setVariable('documentationRan', true)}"
                        + "</bpmn:documentation>")
                .getBytes(StandardCharsets.UTF_8);
        // Straight to the engine, past the gate: the engine runs the documentation's expression.
        String deployment = repository.createDeployment().addInputStream("probe.bpmn", new ByteArrayInputStream(xml))
                .deploy().getId();
        try {
            ProcessInstance probe = runtime.startProcessInstanceByKey("documentation-probe",
                    Map.of("unitCode", "VKSND"));
            assertThat(runtime.getVariable(probe.getId(), "documentationRan")).isEqualTo(true);
        } finally {
            repository.deleteDeployment(deployment, true);
        }

        DeployOutcome outcome = new DiagramDeployer(repository).deploy(xml, UNITS);

        assertThat(outcome.isDeployed()).isFalse();
        assertThat(outcome.getProblems()).extracting(DiagramProblem::getKey)
                .containsExactly("designer.error.expression");
    }
}
