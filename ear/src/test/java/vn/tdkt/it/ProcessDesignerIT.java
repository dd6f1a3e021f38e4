package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.ProposalAction;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.DesignedDiagrams;
import vn.tdkt.it.support.Deployments;
import vn.tdkt.it.support.TestDossiers;
import vn.tdkt.workflow.board.CouncilVotes;
import vn.tdkt.workflow.design.DeployOutcome;
import vn.tdkt.workflow.design.DiagramDeployer;
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

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ProcessDesignerIT.class, DesignedDiagrams.class);
    }

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
    void aRefusedDiagramDeploysNothingAndOnlyAdministratorsMayDeploy() {
        Actor admin = actor("admin");
        long deployments = repository.createDeploymentQuery().count();
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
                .isZero();
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
