package vn.tdkt.it.support;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import vn.tdkt.workflow.design.DiagramDeployer;

/**
 * The procedure as an administrator would change it in the designer, for tests: an opinion step "Lấy ý kiến Công
 * đoàn" between the unit head's approval and the council's ballot; and the clean-up that removes such versions so
 * that later tests on the same server start the product's own version.
 */
public final class DesignedDiagrams {

    public static final String OPINION_TASK = "Task_UnionOpinion";

    private DesignedDiagrams() {
    }

    /** The product's diagram with the opinion step inserted (offered to the unit's council secretaries). */
    public static byte[] withUnionOpinion(byte[] productDiagram) {
        String xml = new String(productDiagram, StandardCharsets.UTF_8);
        String approved = "sourceRef=\"Gateway_UnitHeadDecision\" targetRef=\"Task_CouncilVote\"";
        String voteIncoming = "<bpmn:incoming>Flow_UnitHeadApproved</bpmn:incoming><bpmn:outgoing>Flow_ToVoteResult";
        if (!xml.contains(approved) || !xml.contains(voteIncoming)) {
            throw new IllegalStateException("The product's diagram changed: update this test support");
        }
        String task = "<bpmn:userTask id=\"" + OPINION_TASK + "\" name=\"Lấy ý kiến Công đoàn\""
                + " camunda:candidateGroups=\"COUNCIL_SECRETARY@${unitCode}\" camunda:formKey=\"tdkt:opinion\">"
                + "<bpmn:incoming>Flow_UnitHeadApproved</bpmn:incoming><bpmn:outgoing>Flow_UnionOpinionGiven"
                + "</bpmn:outgoing></bpmn:userTask>"
                + "<bpmn:sequenceFlow id=\"Flow_UnionOpinionGiven\" sourceRef=\"" + OPINION_TASK
                + "\" targetRef=\"Task_CouncilVote\"/>";
        return xml.replace(approved, "sourceRef=\"Gateway_UnitHeadDecision\" targetRef=\"" + OPINION_TASK + "\"")
                .replace(voteIncoming, "<bpmn:incoming>Flow_UnionOpinionGiven</bpmn:incoming>"
                        + "<bpmn:outgoing>Flow_ToVoteResult")
                .replace("</bpmn:process>", task + "</bpmn:process>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Deletes every version deployed through the designer, with the instances running on them. */
    public static void removeDesignedVersions(RepositoryService repository) {
        for (Deployment deployment : repository.createDeploymentQuery()
                .deploymentName(DiagramDeployer.DEPLOYMENT_NAME).list()) {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }
}
