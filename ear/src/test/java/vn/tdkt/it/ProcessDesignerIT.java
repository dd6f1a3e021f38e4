package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.ProposalAction;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.DesignedDiagrams;
import vn.tdkt.it.support.TestDossiers;
import vn.tdkt.workflow.board.CouncilVotes;
import vn.tdkt.workflow.design.DeployOutcome;
import vn.tdkt.workflow.design.DiagramDeployer;
import vn.tdkt.workflow.design.InstanceMigrations;
import vn.tdkt.workflow.design.MigrationCandidate;
import vn.tdkt.workflow.design.ProcessDesigns;
import vn.tdkt.workflow.design.ProcessVersion;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.Opinions;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * An administrator deploys a new version of the procedure with an added opinion step: new dossiers go through it,
 * dossiers already running keep their version; a refused diagram deploys nothing; only administrators may deploy.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessDesignerIT {

    @Inject
    ProcessDesigns designs;

    @Inject
    TestDossiers dossiers;

    @Inject
    UnitHeadReview review;

    @Inject
    Opinions opinions;

    @Inject
    CouncilVotes councilVotes;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    UserDirectory users;

    @Inject
    TaskService tasks;

    @Inject
    RepositoryService repository;

    @Inject
    InstanceMigrations migrations;

    @Inject
    RuntimeService runtime;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    /** Later test classes on this server start the product's own version again. */
    @AfterEach
    void removeDesignedVersions() {
        DesignedDiagrams.removeDesignedVersions(repository);
    }

    @Test
    void aNewVersionWithAnOpinionStepTakesNewDossiersWhileRunningOnesKeepTheirs() {
        Actor admin = actor("admin");
        long before = dossiers.submitted("Trần Thị Trước");
        ProcessVersion current = latest(designs.versions(admin));
        byte[] designed = DesignedDiagrams.withUnionOpinion(designs.xml(admin, current.getDefinitionId()));

        DeployOutcome outcome = designs.deploy(admin, designed, "Thêm bước lấy ý kiến Công đoàn");

        assertThat(outcome.getProblems()).isEmpty();
        ProcessVersion deployed = latest(designs.versions(admin));
        assertThat(deployed.getVersion()).isEqualTo(current.getVersion() + 1);
        assertThat(deployed.getDeployedBy()).isEqualTo("admin");
        assertThat(deployed.getNote()).isEqualTo("Thêm bước lấy ý kiến Công đoàn");
        long after = dossiers.submitted("Lê Văn Sau");

        review.approve(actor("leader"), task(before, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
        review.approve(actor("leader"), task(after, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);

        assertThat(task(before, ProcessKeys.TASK_COUNCIL_VOTE)).isNotBlank();
        String opinion = task(after, DesignedDiagrams.OPINION_TASK);
        assertThat(tasks.createTaskQuery().taskId(opinion).singleResult().getName())
                .isEqualTo("Lấy ý kiến Công đoàn");
        assertThatThrownBy(() -> opinions.give(actor("secretary"), opinion, true, "  "))
                .isInstanceOf(DomainException.class);
        opinions.give(actor("secretary"), opinion, true, "Công đoàn cơ sở đồng ý đề nghị.");

        assertThat(councilVotes.record(actor("secretary"), task(after, ProcessKeys.TASK_COUNCIL_VOTE), 9, 8, 7, 1, 0))
                .isTrue();
        List<ProposalEvent> history = clerkProposals.read(actor("clerk"), after).getHistory();
        assertThat(history).filteredOn(e -> e.getAction() == ProposalAction.OPINION_AGREED).singleElement()
                .satisfies(e -> {
                    assertThat(e.getActorRole()).isEqualTo(Role.COUNCIL_SECRETARY);
                    assertThat(e.getTaskKey()).isEqualTo(DesignedDiagrams.OPINION_TASK);
                    assertThat(e.getComment()).isEqualTo("Công đoàn cơ sở đồng ý đề nghị.");
                });
        assertThat(latest(designs.versions(admin)).getRunningInstances()).isPositive();
    }

    @Test
    void runningDossiersMoveToTheNewVersionAllTogetherOnlyWhenEveryStepExistsThere() throws Exception {
        Actor admin = actor("admin");
        ProcessVersion old = latest(designs.versions(admin));
        long atVote = dossiers.submitted("Phạm Văn Chuyển");
        review.approve(actor("leader"), task(atVote, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
        long atReview = dossiers.submitted("Võ Thị Ở Lại");
        designs.deploy(admin, DesignedDiagrams.withUnionOpinion(designs.xml(admin, old.getDefinitionId())), null);
        ProcessVersion designed = latest(designs.versions(admin));
        long atOpinion = dossiers.submitted("Đỗ Văn Ý Kiến");
        review.approve(actor("leader"), task(atOpinion, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);

        List<MigrationCandidate> forward = migrations.preview(admin, old.getDefinitionId(),
                designed.getDefinitionId());
        assertThat(forward).filteredOn(c -> c.getProposalNumber().equals(number(atVote))).singleElement()
                .satisfies(c -> assertThat(c.isMigratable()).isTrue());
        // Back to the old version, a dossier at the opinion step has nowhere to stand.
        assertThat(migrations.preview(admin, designed.getDefinitionId(), old.getDefinitionId()))
                .filteredOn(c -> c.getProposalNumber().equals(number(atOpinion))).singleElement()
                .satisfies(c -> assertThat(c.getMissingSteps()).containsExactly("Lấy ý kiến Công đoàn"));
        String opinionInstance = instance(atOpinion);
        assertThatThrownBy(() -> migrations.migrate(admin, designed.getDefinitionId(), old.getDefinitionId(),
                List.of(opinionInstance))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("designer.migration.cannotMove"));
        assertThatThrownBy(() -> migrations.migrate(actor("leader"), old.getDefinitionId(),
                designed.getDefinitionId(), List.of(instance(atVote)))).isInstanceOf(DomainException.class);

        assertThat(migrations.migrate(admin, old.getDefinitionId(), designed.getDefinitionId(),
                List.of(instance(atVote), instance(atReview)))).isEqualTo(2);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance(atVote)).singleResult()
                .getProcessDefinitionId()).isEqualTo(designed.getDefinitionId());
        assertThat(councilVotes.record(actor("secretary"), task(atVote, ProcessKeys.TASK_COUNCIL_VOTE), 9, 8, 7, 1,
                0)).isTrue();
        // Moved at the unit head's review, it now passes the opinion step after approval.
        review.approve(actor("leader"), task(atReview, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
        assertThat(task(atReview, DesignedDiagrams.OPINION_TASK)).isNotBlank();
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement().executeQuery(
                        "SELECT instance_count, business_keys, migrated_by FROM process_migration"
                                + " ORDER BY id DESC LIMIT 1")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getInt(1)).isEqualTo(2);
            assertThat(row.getString(2)).contains(number(atVote), number(atReview));
            assertThat(row.getString(3)).isEqualTo("admin");
        }
    }

    private String number(long proposalId) {
        return clerkProposals.read(actor("clerk"), proposalId).getNumber();
    }

    private String instance(long proposalId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number(proposalId)).singleResult()
                .getId();
    }

    @Test
    void aDraftIsKeptWithoutReachingTheEngineUntilItIsDeployed() {
        Actor admin = actor("admin");
        long deployments = repository.createDeploymentQuery().count();
        String unfinished = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
                + "<bpmn:process id=\"commendation-proposal\" name=\"Bản nháp – chưa xong\"/></bpmn:definitions>";

        designs.saveDraft(admin, ProcessKeys.COMMENDATION_PROPOSAL, null, unfinished.getBytes(StandardCharsets.UTF_8));

        assertThat(designs.draft(admin, ProcessKeys.COMMENDATION_PROPOSAL)).contains(unfinished);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThatThrownBy(() -> designs.draft(actor("clerk"), ProcessKeys.COMMENDATION_PROPOSAL))
                .isInstanceOf(DomainException.class);
        // Deploying a version of the process clears its draft.
        ProcessVersion current = latest(designs.versions(admin));
        designs.deploy(admin, designs.xml(admin, current.getDefinitionId()), "Bản không đổi");
        assertThat(designs.draft(admin, ProcessKeys.COMMENDATION_PROPOSAL)).isEmpty();
    }

    @Test
    void aRefusedDiagramDeploysNothingAndOnlyAdministratorsMayDeploy() {
        Actor admin = actor("admin");
        long deployments = repository.createDeploymentQuery().count();
        // Other tests on this server may have left designer versions (a browser test restores the procedure by
        // deploying it again): count, don't assume none.
        long designed = repository.createDeploymentQuery().deploymentName(DiagramDeployer.DEPLOYMENT_NAME).count();
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;"
                + "</bpmn:definitions>").getBytes(StandardCharsets.UTF_8);

        DeployOutcome refused = designs.deploy(admin, xxe, null);

        assertThat(refused.isDeployed()).isFalse();
        assertThat(refused.getProblems()).extracting(p -> p.getKey()).containsExactly("designer.error.doctype");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        byte[] good = designs.xml(admin, latest(designs.versions(admin)).getDefinitionId());
        for (String username : List.of("clerk", "leader", "secretary", "appraiser", "approver")) {
            assertThatThrownBy(() -> designs.deploy(actor(username), good, null))
                    .as(username).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> designs.versions(actor(username))).isInstanceOf(DomainException.class);
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createDeploymentQuery().deploymentName(DiagramDeployer.DEPLOYMENT_NAME).count())
                .isEqualTo(designed);
    }

    private static ProcessVersion latest(List<ProcessVersion> versions) {
        return versions.stream().filter(v -> v.getProcessKey().equals(ProcessKeys.COMMENDATION_PROPOSAL))
                .filter(ProcessVersion::isLatest).findFirst().orElseThrow();
    }

    private String task(long proposalId, String step) {
        String number = clerkProposals.read(actor("clerk"), proposalId).getNumber();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(step)
                .singleResult();
        if (task == null) {
            throw new AssertionError("no open " + step + " for proposal " + proposalId);
        }
        return task.getId();
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }
}
