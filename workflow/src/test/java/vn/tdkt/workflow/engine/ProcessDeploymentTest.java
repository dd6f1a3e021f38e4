package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.organisation.Role;

/** How the product's diagrams reach the engine at every server start, and what the deployed diagram promises. */
class ProcessDeploymentTest {

    private static final String DIAGRAM = "processes/commendation-proposal.bpmn";

    private static TestEngine testEngine;
    private static RepositoryService repository;

    @BeforeAll
    static void startEngine() {
        testEngine = TestEngine.start(ProcessDeploymentTest.class);
        repository = testEngine.engine().getRepositoryService();
    }

    @AfterAll
    static void stopEngine() {
        if (testEngine != null) {
            testEngine.close();
        }
    }

    private static ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.COMMENDATION_PROPOSAL)
                .latestVersion()
                .singleResult();
    }

    private static long versions() {
        return repository.createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.COMMENDATION_PROPOSAL).count();
    }

    private static long deployments() {
        return repository.createDeploymentQuery().deploymentName(ProcessEngines.DEPLOYMENT_NAME).count();
    }

    /** Serves the bundled diagram with one text replaced, as a newer build of the application would. */
    private static ClassLoader changedDiagram(String from, String to) {
        return new ClassLoader(ProcessDeploymentTest.class.getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (!DIAGRAM.equals(name)) {
                    return super.getResourceAsStream(name);
                }
                try (InputStream in = getParent().getResourceAsStream(name)) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(xml).contains(from);
                    return new ByteArrayInputStream(xml.replace(from, to).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Test
    void theDiagramIsDeployedUnderTheKeyTheApplicationStartsItBy() {
        ProcessDefinition definition = latest();

        assertThat(definition).isNotNull();
        assertThat(definition.getName()).isEqualTo("Đề nghị khen thưởng");
        assertThat(definition.isSuspended()).isFalse();
        assertThat(repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult()
                .getName()).isEqualTo(ProcessEngines.DEPLOYMENT_NAME);
    }

    @Test
    void deployingTheUnchangedDiagramAgainCreatesNoNewVersion() {
        long versionsBefore = versions();
        long deploymentsBefore = deployments();
        String definitionBefore = latest().getId();

        // A server restart runs exactly this.
        ProcessEngines.deploy(repository, getClass().getClassLoader());
        ProcessEngines.deploy(repository, getClass().getClassLoader());

        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(deployments()).isEqualTo(deploymentsBefore);
        assertThat(latest().getId()).isEqualTo(definitionBefore);
    }

    @Test
    void aChangedDiagramBecomesANewVersionWhileRunningProposalsKeepTheirs() {
        RuntimeService runtime = testEngine.engine().getRuntimeService();
        ProcessDefinition before = latest();
        ProcessInstance running = runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL,
                TestEngine.proposalNumber("VKSND"),
                Map.of(ProcessKeys.VAR_PROPOSAL_ID, 1L, ProcessKeys.VAR_UNIT_CODE, "VKSND"));

        ProcessEngines.deploy(repository,
                changedDiagram("name=\"Đề nghị khen thưởng\"", "name=\"Đề nghị khen thưởng (sửa đổi)\""));
        try {
            assertThat(latest().getVersion()).isEqualTo(before.getVersion() + 1);
            assertThat(latest().getName()).isEqualTo("Đề nghị khen thưởng (sửa đổi)");
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
                    .getProcessDefinitionId()).isEqualTo(before.getId());
            complete(task(running), withVariables(ProcessKeys.VAR_DECISION, ProcessKeys.Decision.REJECT.name()));
            assertThat(running).isEnded();
        } finally {
            // Puts the bundled diagram back on top so that other tests see what a server would deploy.
            ProcessEngines.deploy(repository, getClass().getClassLoader());
        }
        assertThat(latest().getName()).isEqualTo("Đề nghị khen thưởng");
    }

    @Test
    void finishedProposalsHaveAHistoryTimeToLive() {
        // Camunda refuses a definition without one at deployment by default; ten years matches record keeping.
        assertThat(latest().getHistoryTimeToLive()).isEqualTo(3650);
    }

    @Test
    void everyUserTaskIsOfferedToARoleOfTheProposalsUnitOrOfTheBoardAndHasAForm() {
        Collection<UserTask> userTasks = repository.getBpmnModelInstance(latest().getId())
                .getModelElementsByType(UserTask.class);

        assertThat(userTasks).extracting(UserTask::getId).contains(ProcessKeys.TASK_UNIT_HEAD_REVIEW,
                ProcessKeys.TASK_REVISE_PROPOSAL, ProcessKeys.TASK_COUNCIL_VOTE, ProcessKeys.TASK_RECEPTION,
                ProcessKeys.TASK_SUPPLEMENT, ProcessKeys.TASK_APPRAISAL, ProcessKeys.TASK_DECISION);
        String unitRoles = Role.CLERK_NAME + "|" + Role.UNIT_LEADER_NAME + "|" + Role.COUNCIL_SECRETARY_NAME;
        String boardRoles = Role.APPRAISER_NAME + "|" + Role.APPROVER_NAME;
        assertThat(userTasks).allSatisfy(task -> {
            assertThat(task.getCamundaCandidateGroups())
                    .as("candidate group of %s", task.getId())
                    .matches("(" + unitRoles + ")@\\$\\{" + ProcessKeys.VAR_UNIT_CODE + "\\}|(" + boardRoles
                            + ")@BAN_TDKT");
            assertThat(task.getCamundaFormKey()).as("form key of %s", task.getId()).startsWith("tdkt:");
            // Unit isolation rests on the groups alone: a fixed user would bypass it.
            assertThat(task.getCamundaAssignee()).isNull();
            assertThat(task.getCamundaCandidateUsers()).isNull();
        });
        assertThat(userTasks).filteredOn(task -> task.getId().equals(ProcessKeys.TASK_UNIT_HEAD_REVIEW))
                .singleElement().extracting(UserTask::getCamundaCandidateGroups)
                .isEqualTo(Role.UNIT_LEADER_NAME + "@${unitCode}");
        assertThat(userTasks).filteredOn(task -> task.getId().equals(ProcessKeys.TASK_REVISE_PROPOSAL))
                .singleElement().extracting(UserTask::getCamundaCandidateGroups)
                .isEqualTo(Role.CLERK_NAME + "@${unitCode}");
    }
}
