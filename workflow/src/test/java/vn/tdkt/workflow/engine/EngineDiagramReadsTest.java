package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.LocatorImpl;
import vn.tdkt.workflow.design.DiagramAllowList;
import vn.tdkt.workflow.design.DiagramAllowList.Rule;
import vn.tdkt.workflow.design.DiagramValidator;

/**
 * The diagram gate seen from the engine's side. The engine's own BPMN parser (with every parse listener the server
 * registers) parses every diagram the gate allows, among them one holding every allowed element and attribute,
 * while each element records which attributes, child elements and text the engine asks it for. Every name the
 * engine asks for must be one the allow-list decided on: allowed on that element, or refused on purpose. A new
 * engine version that reads something new fails here until someone decides.
 */
class EngineDiagramReadsTest {

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final List<String> DIAGRAMS = List.of("/processes/commendation-proposal.bpmn",
            "/processes/bloc-annual-review.bpmn", "/designer/valid-opinion.bpmn",
            "/designer/every-allowed-element.bpmn");

    private static final SortedSet<String> READS = new TreeSet<>();
    private static ProcessEngine engine;
    private static StandaloneProcessEngineConfiguration configuration;

    @BeforeAll
    static void parseEveryAllowedDiagram() throws IOException {
        configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(EngineDiagramReadsTest.class.getSimpleName());
        configuration.setDataSource(TestDatabase.shared());
        EngineSettings.apply(configuration);
        TaskOpenedListener.register(configuration, opened -> {});
        InboxProjectionListener.register(configuration);
        configuration.setBpmnParseFactory(RecordingParse::new);
        engine = configuration.buildProcessEngine();
        BpmnParser parser = configuration.getDeployers().stream().filter(BpmnDeployer.class::isInstance)
                .map(BpmnDeployer.class::cast).findFirst().orElseThrow().getBpmnParser();
        for (String diagram : DIAGRAMS) {
            byte[] content = resource(diagram);
            assertThat(DiagramValidator.check(content, Set.of("VKSND", "CONG_AN", "BAN_TDKT"))).as(diagram).isEmpty();
            configuration.getCommandExecutorTxRequired().execute(context -> {
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setId("engine-reads");
                deployment.setNew(true);
                return parser.createParse().sourceInputStream(new ByteArrayInputStream(content))
                        .deployment(deployment).name(diagram).execute();
            });
        }
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void theEngineReadsOnlyNamesTheAllowListDecidedOn() {
        List<String> undecided = READS.stream().filter(read -> !decided(read)).toList();

        assertThat(READS).as("the recorder saw the engine read").hasSizeGreaterThan(100);
        assertThat(undecided).as("read by the engine, neither allowed nor refused by DiagramAllowList").isEmpty();
    }

    @Test
    void theEngineReadsCamundasAttributesUnderTheirOldNamespaceTooAndTheGateRefusesIt() {
        Set<String> aliasReads = READS.stream().filter(read -> read.contains("{http://activiti.org/bpmn}"))
                .collect(Collectors.toSet());

        assertThat(aliasReads).as("the alias namespace is read").isNotEmpty();
        assertThat(DiagramAllowList.refusal("http://activiti.org/bpmn", "{http://activiti.org/bpmn}class"))
                .contains("designer.error.namespace");
    }

    @Test
    void theEngineReadsDocumentationWhateverItsNamespaceAndTheGateChecksItsText() {
        assertThat(READS).contains("bpmn:userTask child documentation");
        assertThat(DiagramAllowList.rule("bpmn:documentation")).get().extracting(Rule::text)
                .isEqualTo(DiagramAllowList.Text.PLAIN);
    }

    /**
     * A read is decided when the allow-list allows the name on the element, or refuses it (or its namespace) on
     * purpose. A child read without namespace finds the child in any namespace, so it is decided when the BPMN or
     * Camunda name is.
     */
    private static boolean decided(String read) {
        String[] parts = read.split(" ", 3);
        Rule rule = DiagramAllowList.rule(parts[0]).orElseThrow();
        String name = parts[2];
        return switch (parts[1]) {
            case "attribute" -> rule.attributes().containsKey(name) || refused(name);
            case "child" -> name.contains(":") || name.startsWith("{")
                    ? rule.children().contains(name) || refused(name)
                    : rule.children().contains("bpmn:" + name) || refused("bpmn:" + name);
            case "text" -> rule.text() != DiagramAllowList.Text.NONE;
            case "attributes" -> "bpmn:definitions".equals(parts[0]);
            default -> false;
        };
    }

    private static boolean refused(String name) {
        String namespace = name.startsWith("{") ? name.substring(1, name.indexOf('}')) : null;
        return DiagramAllowList.refusal(namespace, name).isPresent() || name.startsWith("xmlns:");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EngineDiagramReadsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The engine's parse, on a copy of the parsed tree whose elements record what they are asked for. */
    static final class RecordingParse extends BpmnParse {

        RecordingParse(BpmnParser parser) {
            super(parser);
        }

        @Override
        protected void parseRootElement() {
            rootElement = RecordingElement.copy(rootElement);
            super.parseRootElement();
        }
    }

    /** An element that notes each attribute, child and text the engine asks for, present or not. */
    static final class RecordingElement extends Element {

        private final String name;

        private RecordingElement(Element original, AttributesImpl attributes, LocatorImpl locator) {
            super(original.getUri(), original.getTagName(), original.getTagName(), attributes, locator);
            this.name = DiagramAllowList.name(original.getUri(), original.getTagName());
        }

        static RecordingElement copy(Element original) {
            AttributesImpl attributes = new AttributesImpl();
            for (String key : original.attributes()) {
                int colon = key.lastIndexOf(':');
                String uri = colon < 0 ? "" : key.substring(0, colon);
                String local = key.substring(colon + 1);
                attributes.addAttribute(uri, local, local, "CDATA", original.attribute(key));
            }
            LocatorImpl locator = new LocatorImpl();
            locator.setLineNumber(original.getLine());
            locator.setColumnNumber(original.getColumn());
            RecordingElement copy = new RecordingElement(original, attributes, locator);
            copy.appendText(original.getText());
            for (Element child : original.elements()) {
                copy.add(copy(child));
            }
            return copy;
        }

        @Override
        public String attribute(String key) {
            record("attribute", key);
            return super.attribute(key);
        }

        @Override
        public String attribute(String key, String defaultValue) {
            record("attribute", key);
            return super.attribute(key, defaultValue);
        }

        @Override
        public Set<String> attributes() {
            READS.add(name + " attributes *");
            return super.attributes();
        }

        @Override
        protected List<Element> elementsNS(String namespaceUri, String tagName) {
            READS.add(name + " child "
                    + (namespaceUri == null ? tagName : DiagramAllowList.name(namespaceUri, tagName)));
            return super.elementsNS(namespaceUri, tagName);
        }

        @Override
        public String getText() {
            READS.add(name + " text *");
            return super.getText();
        }

        /** An attribute key is {@code uri:name}, or the bare name without namespace. */
        private void record(String kind, String key) {
            int colon = key.lastIndexOf(':');
            String uri = colon < 0 ? null : key.substring(0, colon);
            if (XMLNS.equals(uri) || "xmlns".equals(uri) || "xmlns".equals(key)) {
                return; // the root's namespace declarations, read to resolve prefixes
            }
            READS.add(name + " " + kind + " " + DiagramAllowList.name(uri, key.substring(colon + 1)));
        }
    }
}
