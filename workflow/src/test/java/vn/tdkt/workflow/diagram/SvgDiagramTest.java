package vn.tdkt.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.tdkt.workflow.diagram.DiagramLayout.Box;
import vn.tdkt.workflow.diagram.DiagramLayout.Edge;
import vn.tdkt.workflow.diagram.DiagramLayout.Kind;
import vn.tdkt.workflow.diagram.DiagramLayout.Point;
import vn.tdkt.workflow.diagram.DiagramLayout.Shape;

/** The SVG of a process diagram is well-formed, marks where the instance stands and keeps names as plain text. */
class SvgDiagramTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static DiagramLayout proposalProcess;

    @BeforeAll
    static void readTheProductsDiagram() throws Exception {
        try (InputStream in = SvgDiagramTest.class.getResourceAsStream("/processes/commendation-proposal.bpmn")) {
            proposalProcess = DiagramLayout.of(Bpmn.readModelFromStream(in));
        }
    }

    /** A parser that refuses DTDs and external entities: what the test reads cannot reach outside. */
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element group(Document svg, String elementId) {
        NodeList groups = svg.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (elementId.equals(g.getAttribute("data-element-id"))) {
                return g;
            }
        }
        throw new AssertionError("no group for " + elementId);
    }

    private static List<String> classes(Document svg, String elementId) {
        return List.of(group(svg, elementId).getAttribute("class").split(" "));
    }

    private static int countWithClass(Document svg, String css) {
        NodeList groups = svg.getElementsByTagNameNS(SVG_NS, "g");
        int n = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            if (List.of(((Element) groups.item(i)).getAttribute("class").split(" ")).contains(css)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theProposalProcessIsDrawnWithTheCurrentStepHighlightedAndThePathTakenDone() throws Exception {
        StepMarks marks = new StepMarks(Set.of("Task_CouncilVote"),
                Set.of("StartEvent_ProposalSubmitted", "Task_UnitHeadReview", "Gateway_UnitHeadDecision"));

        String svg = new SvgDiagram().write(proposalProcess, marks, "Đề nghị khen thưởng: Thư ký hội đồng");
        Document doc = parse(svg);

        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        assertThat(viewBox).hasSize(4);
        assertThat(Double.parseDouble(viewBox[2])).isGreaterThan(1000);
        assertThat(Double.parseDouble(viewBox[3])).isGreaterThan(300);
        assertThat(doc.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
                .isEqualTo("Đề nghị khen thưởng: Thư ký hội đồng");

        assertThat(classes(doc, "Task_CouncilVote")).contains("shape", "task", "current").doesNotContain("done");
        assertThat(classes(doc, "Task_UnitHeadReview")).contains("task", "done").doesNotContain("current");
        assertThat(classes(doc, "Gateway_UnitHeadDecision")).contains("gateway", "done");
        assertThat(classes(doc, "Task_Reception")).containsExactly("shape", "task");
        assertThat(classes(doc, "EndEvent_Decided")).containsExactly("shape", "event", "end");
        assertThat(classes(doc, "Timer_AppraisalReminder")).contains("boundary", "non-interrupting");
        assertThat(countWithClass(doc, "current")).isEqualTo(1);

        assertThat(classes(doc, "Flow_UnitHeadApproved")).containsExactly("edge", "done");
        assertThat(classes(doc, "Flow_UnitHeadReturned")).containsExactly("edge");
        assertThat(countWithClass(doc, "shape")).isEqualTo(proposalProcess.shapes().size()).isEqualTo(42);
        assertThat(countWithClass(doc, "edge")).isEqualTo(44);

        assertThat(group(doc, "Task_UnitHeadReview").getTextContent()).as("wrapped into lines, Vietnamese intact")
                .isEqualTo("Thủ trưởng đơn vịxem xét");
        assertThat(group(doc, "Flow_UnitHeadRejected").getTextContent()).isEqualTo("Không đề nghị");
    }

    @Test
    void aNameIsTextNeverMarkup() throws Exception {
        String hostile = "<script>alert('x')</script> & \"Hội đồng\" \u0001]]>";
        DiagramLayout layout = new DiagramLayout(
                List.of(new Shape("Task_<x>", Kind.TASK, hostile, new Box(0, 0, 600, 80), null, false, true),
                        new Shape("End", Kind.END_EVENT, hostile, new Box(700, 22, 36, 36), null, false, true)),
                List.of(new Edge("Flow\"1", hostile, "Task_<x>", "End",
                        List.of(new Point(600, 40), new Point(700, 40)), null)));

        String svg = new SvgDiagram().write(layout, new StepMarks(Set.of("Task_<x>"), Set.of()), hostile);
        Document doc = parse(svg);

        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS(SVG_NS, "script").getLength()).isZero();
        String visible = "<script>alert('x')</script> & \"Hội đồng\" ]]>";
        assertThat(group(doc, "Task_<x>").getTextContent()).isEqualTo(visible);
        assertThat(classes(doc, "Task_<x>")).contains("current");
        assertThat(group(doc, "Flow\"1").getTextContent()).isEqualTo(visible);
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void anEmptyDiagramIsStillAValidImage() throws Exception {
        Document doc = parse(new SvgDiagram().write(new DiagramLayout(List.of(), List.of()), StepMarks.NONE, null));
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 40 40");
    }

    @Test
    void aFlowDrawnToTheCentreOfItsTargetEndsOnItsOutlineSoThatTheArrowShows() {
        Shape task = new Shape("T", Kind.TASK, null, new Box(100, 0, 100, 80), null, false, true);
        Shape gateway = new Shape("G", Kind.GATEWAY, null, new Box(100, 0, 50, 50), null, false, true);
        Shape event = new Shape("E", Kind.END_EVENT, null, new Box(100, 0, 36, 36), null, false, true);

        Point onTask = SvgDiagram.onBorder(new Point(0, 40), new Point(150, 40), task);
        assertThat(onTask.x()).isCloseTo(100, within(0.01));
        assertThat(onTask.y()).isEqualTo(40);
        assertThat(SvgDiagram.onBorder(new Point(0, 25), new Point(125, 25), gateway).x()).isCloseTo(100,
                within(0.01));
        assertThat(SvgDiagram.onBorder(new Point(118, 100), new Point(118, 18), event).y()).isCloseTo(36,
                within(0.01));
        assertThat(SvgDiagram.onBorder(new Point(0, 40), new Point(100, 40), task)).as("already on the outline")
                .isEqualTo(new Point(100, 40));
    }

    @Test
    void longNamesWrapAndAreCutWithAnEllipsisWhenTheyDoNotFit() {
        assertThat(SvgDiagram.wrap("Ban TĐKT tiếp nhận, kiểm tra hồ sơ", 110, 3))
                .containsExactly("Ban TĐKT tiếp", "nhận, kiểm tra hồ", "sơ");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add("bổ sung");
        }
        List<String> cut = SvgDiagram.wrap(String.join(" ", words), 110, 3);
        assertThat(cut).hasSize(3);
        assertThat(cut.get(2)).endsWith("…");
        assertThat(SvgDiagram.wrap("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 64, 5)).allSatisfy(
                line -> assertThat(line.length()).isLessThanOrEqualTo(10));
    }
}
