package vn.tdkt.workflow.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every diagram passes the same checks before it reaches the engine. The hostile files live under
 * {@code src/test/resources/designer/}; each is refused for its own reason, pointing at its element.
 */
class DiagramValidatorTest {

    private static final Set<String> UNITS = Set.of("VKSND", "CONG_AN", "BAN_TDKT");

    static byte[] resource(String name) {
        try (InputStream in = DiagramValidatorTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DiagramProblem> check(String xml) {
        return DiagramValidator.check(xml.getBytes(StandardCharsets.UTF_8), UNITS);
    }

    private static String valid() {
        return new String(resource("/designer/valid-opinion.bpmn"), StandardCharsets.UTF_8);
    }

    @Test
    void theProductsOwnDiagramAndTheOpinionExamplePass() {
        assertThat(DiagramValidator.check(resource("/processes/commendation-proposal.bpmn"), UNITS)).isEmpty();
        assertThat(DiagramValidator.check(resource("/processes/bloc-annual-review.bpmn"), UNITS)).isEmpty();
        assertThat(check(valid())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "xxe-file-entity.bpmn,       designer.error.doctype,    ",
        "xxe-parameter-entity.bpmn,  designer.error.doctype,    ",
        "billion-laughs.bpmn,        designer.error.doctype,    ",
        "script-task.bpmn,           designer.error.script,     Step_Extra",
        "script-listener.bpmn,       designer.error.script,     Step_Extra",
        "java-class.bpmn,            designer.error.javaClass,  Step_Extra",
        "runtime-expression.bpmn,    designer.error.expression, Step_Extra",
        "documentation-expression.bpmn,        designer.error.expression, Task_Opinion",
        "alias-namespace-class.bpmn,           designer.error.namespace,  Step_Extra",
        "alias-namespace-candidate-users.bpmn, designer.error.namespace,  Task_Opinion",
        "listener-class.bpmn,                  designer.error.javaClass,  Task_Opinion",
        "condition-language.bpmn,              designer.error.script,     Flow_3",
        "element-without-namespace.bpmn,       designer.error.element,    Step_Bare",
        "oversized.bpmn,             designer.error.tooLarge,   ",
        "picture-renamed.bpmn,       designer.error.notXml,     "})
    void aHostileFileIsRefusedForItsReason(String file, String key, String elementId) {
        List<DiagramProblem> problems = DiagramValidator.check(resource("/designer/" + file), UNITS);

        assertThat(problems).extracting(DiagramProblem::getKey).contains(key);
        assertThat(problems).filteredOn(p -> p.getKey().equals(key)).first()
                .extracting(DiagramProblem::getElementId).isEqualTo(elementId);
    }

    @Test
    void anEntityIsNeverExpandedIntoAMessage() {
        List<DiagramProblem> problems = DiagramValidator.check(resource("/designer/xxe-file-entity.bpmn"), UNITS);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.getArgs()).isEmpty());
        assertThat(problems.toString()).doesNotContain("root:");
    }

    @Test
    void anXmlFileThatIsNotBpmnIsRefused() {
        assertThat(check("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")).extracting(DiagramProblem::getKey)
                .containsExactly("designer.error.notBpmn");
        assertThat(check("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""))
                .extracting(DiagramProblem::getKey).containsExactly("designer.error.notXml");
    }

    @Test
    void aUserTaskNeedsANameAnExistingGroupAndAnExistingForm() {
        String xml = valid().replace("name=\"Lấy ý kiến Công đoàn\"", "name=\"\"")
                .replace("UNIT_LEADER@${unitCode}", "CHAIRMAN@${unitCode}, CLERK@NOWHERE")
                .replace("tdkt:opinion", "tdkt:free-form");

        assertThat(check(xml)).extracting(DiagramProblem::getKey).containsExactlyInAnyOrder("designer.error.noName",
                "designer.error.unknownRole", "designer.error.unknownUnit", "designer.error.unknownForm");
        assertThat(check(valid().replace(" camunda:candidateGroups=\"UNIT_LEADER@${unitCode}\"", "")
                .replace(" camunda:formKey=\"tdkt:opinion\"", ""))).extracting(DiagramProblem::getKey)
                .containsExactlyInAnyOrder("designer.error.noCandidateGroup", "designer.error.noForm");
    }

    @Test
    void aGroupAtAFixedExistingUnitAndCatalogDatesAreAccepted() {
        String xml = valid().replace("UNIT_LEADER@${unitCode}", "APPRAISER@BAN_TDKT")
                .replace("camunda:formKey", "camunda:dueDate=\"${workingDays.after(5)}\" camunda:formKey");
        assertThat(check(xml)).isEmpty();
        assertThat(check(valid().replace("camunda:formKey", "camunda:dueDate=\"P5D\" camunda:formKey"))).isEmpty();
        assertThat(check(valid().replace("camunda:formKey", "camunda:dueDate=\"soon\" camunda:formKey")))
                .extracting(DiagramProblem::getKey).containsExactly("designer.error.dueDate");
    }

    @Test
    void onlyCatalogExpressionsPassWhereverTheyAre() {
        String condition = valid().replace(
                "<bpmn:sequenceFlow id=\"Flow_3\" sourceRef=\"Step_Extra\" targetRef=\"End\"/>",
                "<bpmn:sequenceFlow id=\"Flow_3\" sourceRef=\"Step_Extra\" targetRef=\"End\"><bpmn:conditionExpression"
                        + " xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:conditionExpression></bpmn:sequenceFlow>");
        assertThat(check(condition.formatted("${decision == 'APPROVE'}"))).isEmpty();
        assertThat(check(condition.formatted("#{decision == 'APPROVE' || true}")))
                .extracting(DiagramProblem::getKey, DiagramProblem::getElementId)
                .containsExactly(tuple("designer.error.expression", "Flow_3"));
        assertThat(check(valid().replace("name=\"Ghi quyết định\"", "name=\"${processActions}\"")))
                .extracting(DiagramProblem::getKey).containsExactly("designer.error.expression");
    }

    @Test
    void unreachableElementsAndDeadEndsArePointedAt() {
        String xml = valid().replace("<bpmn:endEvent id=\"End\">",
                "<bpmn:userTask id=\"Task_Orphan\" name=\"Mồ côi\" camunda:candidateGroups=\"CLERK@${unitCode}\""
                        + " camunda:formKey=\"tdkt:opinion\"/>"
                        + "<bpmn:endEvent id=\"End\">")
                .replace("<bpmn:sequenceFlow id=\"Flow_3\" sourceRef=\"Step_Extra\" targetRef=\"End\"/>", "");

        assertThat(check(xml)).extracting(DiagramProblem::getKey, DiagramProblem::getElementId)
                .containsExactlyInAnyOrder(
                        tuple("designer.error.deadEnd", "Start"),
                        tuple("designer.error.deadEnd", "Task_Opinion"),
                        tuple("designer.error.deadEnd", "Step_Extra"),
                        tuple("designer.error.unreachable", "Task_Orphan"),
                        tuple("designer.error.unreachable", "End"));
    }

    @Test
    void aProcessNeedsAHistoryTimeToLiveAndMustBeExecutable() {
        assertThat(check(valid().replace(" camunda:historyTimeToLive=\"P3650D\"", "")
                .replace("isExecutable=\"true\"", "isExecutable=\"false\"")))
                .extracting(DiagramProblem::getKey, DiagramProblem::getElementId).containsExactlyInAnyOrder(
                        tuple("designer.error.noHistoryTimeToLive", "designer-test"),
                        tuple("designer.error.notExecutable", "designer-test"));
    }

    @Test
    void anUnknownElementOrCamundaAttributeIsRefused() {
        assertThat(check(valid().replace("<bpmn:serviceTask id=\"Step_Extra\" name=\"Ghi quyết định\""
                + " camunda:expression=\"${processActions.recordDecision(execution)}\"/>",
                "<bpmn:callActivity id=\"Step_Extra\" calledElement=\"other\"/>")))
                .extracting(DiagramProblem::getKey).contains("designer.error.element");
        assertThat(check(valid().replace("camunda:formKey", "camunda:assignee=\"${initiator}\" camunda:formKey")))
                .extracting(DiagramProblem::getKey).containsExactly("designer.error.assignment");
        assertThat(check(valid().replace("camunda:formKey", "camunda:followUpDate=\"P1D\" camunda:formKey")))
                .extracting(DiagramProblem::getKey).containsExactly("designer.error.attribute");
    }

    @Test
    void anyOtherNamespaceIsRefusedOnElementsAndAttributes() {
        String foreign = valid().replace("xmlns:camunda=", "xmlns:x=\"urn:example\" xmlns:camunda=");
        assertThat(
                check(foreign.replace("<bpmn:endEvent id=\"End\">", "<x:note id=\"Note\"/><bpmn:endEvent id=\"End\">")))
                .extracting(DiagramProblem::getKey, DiagramProblem::getElementId)
                .containsExactly(tuple("designer.error.element", "Note"));
        assertThat(check(foreign.replace("name=\"Ghi quyết định\"", "name=\"Ghi quyết định\" x:colour=\"red\"")))
                .extracting(DiagramProblem::getKey, DiagramProblem::getElementId)
                .containsExactly(tuple("designer.error.attribute", "Step_Extra"));
    }

    @Test
    void anAllowedElementOutOfPlaceOrWithABadValueOrStrayTextIsRefused() {
        assertThat(check(valid().replace("<bpmn:outgoing>Flow_1</bpmn:outgoing>",
                "<bpmn:outgoing>Flow_1</bpmn:outgoing><bpmn:conditionExpression>${votePassed}</bpmn:conditionExpression>")))
                .extracting(DiagramProblem::getKey, DiagramProblem::getElementId)
                .containsExactly(tuple("designer.error.placement", "Start"));
        assertThat(check(valid().replace("id=\"Step_Extra\"", "id=\"Step_Extra\" camunda:asyncBefore=\"maybe\"")))
                .extracting(DiagramProblem::getKey).containsExactly("designer.error.value");
        assertThat(check(valid().replace("<bpmn:outgoing>Flow_1</bpmn:outgoing>",
                "<bpmn:outgoing>Flow_1</bpmn:outgoing>lạc chỗ")))
                .extracting(DiagramProblem::getKey, DiagramProblem::getElementId)
                .containsExactly(tuple("designer.error.text", "Start"));
    }

    @Test
    void anExpressionOfTheWrongKindIsRefusedWhereTheEngineWouldEvaluateIt() {
        String condition = valid().replace(
                "<bpmn:sequenceFlow id=\"Flow_3\" sourceRef=\"Step_Extra\" targetRef=\"End\"/>",
                "<bpmn:sequenceFlow id=\"Flow_3\" sourceRef=\"Step_Extra\" targetRef=\"End\"><bpmn:conditionExpression"
                        + " xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:conditionExpression></bpmn:sequenceFlow>");
        // An action where a condition is tested would run the action each time the flow is considered.
        assertThat(check(condition.formatted("${processActions.recordDecision(execution)}")))
                .extracting(DiagramProblem::getKey).containsExactly("designer.error.expression");
        assertThat(check(valid().replace("${processActions.recordDecision(execution)}", "${votePassed}")))
                .extracting(DiagramProblem::getKey).containsExactly("designer.error.expression");
    }
}
