package vn.tdkt.workflow.design;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.workflow.design.DiagramAllowList.Rule;
import vn.tdkt.workflow.design.DiagramAllowList.Text;
import vn.tdkt.workflow.design.DiagramAllowList.Value;

/**
 * The checks every diagram passes before it reaches the engine, the same for an uploaded file and the designer's
 * save: size, well-formed XML with no document type at all (so no entity, external or expanding, is ever read),
 * BPMN 2.0, only the elements, attributes and text {@link DiagramAllowList} names (so no scripts, no Java classes, no
 * foreign namespaces), expressions only from {@link DiagramCatalog} and only where the engine expects one, user tasks with a name, an existing candidate group and an existing form, every
 * process executable with a history time to live, and every element reachable from a start event and able to reach
 * an end. Answers every problem found, each pointing at its element; an empty list means the diagram may deploy.
 */
public final class DiagramValidator {

    /** Larger files are refused before parsing (our largest diagram is ~30 KB). */
    public static final int MAX_BYTES = 1024 * 1024;

    static final String BPMN = DiagramAllowList.BPMN;
    static final String CAMUNDA = DiagramAllowList.CAMUNDA;
    private static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "userTask", "serviceTask", "task",
            "manualTask", "exclusiveGateway", "parallelGateway", "inclusiveGateway", "boundaryEvent",
            "intermediateCatchEvent", "intermediateThrowEvent", "subProcess");
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,199}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,7}(\\.[0-9]{1,6})?");
    private static final Pattern FORMAL_TYPE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*:)?tFormalExpression");

    private final Set<String> unitCodes;
    private final List<DiagramProblem> problems = new ArrayList<>();

    private DiagramValidator(Set<String> unitCodes) {
        this.unitCodes = unitCodes;
    }

    /** The problems of the diagram, none when it may be deployed; {@code unitCodes} are the units that exist. */
    public static List<DiagramProblem> check(byte[] content, Set<String> unitCodes) {
        DiagramValidator validator = new DiagramValidator(unitCodes);
        validator.run(content);
        return List.copyOf(validator.problems);
    }

    /** The ids of the processes of a diagram that passed {@link #check}, in document order. */
    public static List<String> processKeys(byte[] content) {
        DiagramValidator validator = new DiagramValidator(Set.of());
        Document document = validator.parse(content);
        if (document == null) {
            throw new IllegalArgumentException("Not a diagram: " + validator.problems);
        }
        return children(document.getDocumentElement(), BPMN, "process").stream().map(p -> p.getAttribute("id"))
                .toList();
    }

    private void run(byte[] content) {
        if (content == null || content.length == 0) {
            problem(null, "designer.error.empty");
            return;
        }
        if (content.length > MAX_BYTES) {
            problem(null, "designer.error.tooLarge", String.valueOf(content.length / 1024),
                    String.valueOf(MAX_BYTES / 1024));
            return;
        }
        Document document = parse(content);
        if (document == null) {
            return;
        }
        Element root = document.getDocumentElement();
        if (!BPMN.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
            problem(null, "designer.error.notBpmn");
            return;
        }
        Map<String, Element> ids = new HashMap<>();
        walk(root, ids, null, null);
        List<Element> processes = children(root, BPMN, "process");
        if (processes.isEmpty()) {
            problem(null, "designer.error.noProcess");
        }
        for (Element process : processes) {
            checkProcess(process);
            checkFlow(process, ids);
        }
        if (problems.isEmpty()) {
            checkSchema(content);
        }
    }

    /**
     * Parses with every way out of the file closed: a DOCTYPE is refused outright (this alone stops external
     * entities, parameter entities and entity expansion bombs), and external DTDs, schemas and XIncludes are off
     * besides.
     */
    private Document parse(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                problem(null, "designer.error.doctype");
            } else {
                problem(null, "designer.error.notXml", String.valueOf(e.getLineNumber()),
                        String.valueOf(e.getColumnNumber()));
            }
        } catch (SAXException | IOException e) {
            problem(null, "designer.error.notXml", "?", "?");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser without the secure features", e);
        }
        return null;
    }

    /**
     * Every element against {@link DiagramAllowList}: a listed element, in a parent that may hold it, with listed
     * attributes of the right kind of value and only the text it may hold; element-specific checks on the way.
     */
    private void walk(Element element, Map<String, Element> ids, Rule parentRule, String parentName) {
        String name = DiagramAllowList.name(element.getNamespaceURI(), element.getLocalName());
        String id = owningId(element);
        if (element.hasAttribute("id")) {
            ids.put(element.getAttribute("id"), element);
        }
        Rule rule = DiagramAllowList.rule(name).orElse(null);
        if (rule == null) {
            problem(id, DiagramAllowList.refusal(element.getNamespaceURI(), name).orElse("designer.error.element"),
                    element.getNodeName());
            return;
        }
        if (parentRule != null && !parentRule.children().contains(name)) {
            problem(id, "designer.error.placement", element.getNodeName(), parentName);
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkAttribute(id, rule, (Attr) attributes.item(i));
        }
        checkText(id, element, rule.text());
        switch (name) {
            case "bpmn:userTask" -> checkUserTask(element);
            case "bpmn:serviceTask" -> {
                if (!element.hasAttributeNS(CAMUNDA, "expression")) {
                    problem(id, "designer.error.noAction");
                }
            }
            case "camunda:executionListener", "camunda:taskListener" -> {
                if (!element.hasAttribute("expression") || !element.hasAttribute("event")) {
                    problem(id, "designer.error.listener");
                }
            }
            default -> {
                // no checks beyond the allow-list
            }
        }
        for (Element child : children(element, null, null)) {
            walk(child, ids, rule, element.getNodeName());
        }
    }

    private void checkAttribute(String id, Rule rule, Attr attribute) {
        String namespace = attribute.getNamespaceURI();
        if (DiagramAllowList.XMLNS.equals(namespace)) {
            return; // a namespace declaration: what matters is what uses it
        }
        String name = DiagramAllowList.name(namespace,
                attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName());
        Value kind = rule.attributes().get(name);
        if (kind == null) {
            problem(id, DiagramAllowList.refusal(namespace, name).orElse("designer.error.attribute"),
                    attribute.getName());
            return;
        }
        String value = attribute.getValue();
        boolean valid = switch (kind) {
            case ID -> ID.matcher(value).matches();
            case PLAIN -> expressionFree(id, value);
            case BOOLEAN -> "true".equals(value) || "false".equals(value);
            case NUMBER -> NUMBER.matcher(value).matches();
            case FORMAL_TYPE -> FORMAL_TYPE.matcher(value).matches();
            case EXECUTION_EVENT -> Set.of("start", "end", "take").contains(value);
            case TASK_EVENT -> Set.of("create", "assignment", "complete", "update", "delete").contains(value);
            case ACTION -> catalogued(id, value, DiagramCatalog.ACTIONS);
            case OWN_RULE -> true;
        };
        if (!valid && !DiagramCatalog.isExpression(value)) {
            problem(id, "designer.error.value", attribute.getName(), abbreviate(value));
        }
    }

    /** The element's own text (not its children's), checked against what the element may hold. */
    private void checkText(String id, Element element, Text kind) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        String value = text.toString().strip();
        boolean valid = switch (kind) {
            case NONE -> value.isEmpty();
            case PLAIN -> expressionFree(id, value);
            case ID -> ID.matcher(value).matches();
            case CONDITION -> catalogued(id, value, DiagramCatalog.CONDITIONS);
            case DATE -> !DiagramCatalog.isExpression(value) || DiagramCatalog.WORKING_DAYS.matcher(value).matches()
                    || catalogued(id, value, DiagramCatalog.DATES);
        };
        if (!valid && !DiagramCatalog.isExpression(value)) {
            problem(id, "designer.error.text", element.getNodeName(), abbreviate(value));
        }
    }

    /** Text that is never evaluated: an expression in it is refused. */
    private boolean expressionFree(String id, String value) {
        if (DiagramCatalog.isExpression(value)) {
            problem(id, "designer.error.expression", abbreviate(value.trim()));
            return false;
        }
        return true;
    }

    /** An expression that must be one of the given options (an unknown one is refused as an expression). */
    private boolean catalogued(String id, String value, List<DiagramCatalog.Option> options) {
        String trimmed = value.trim();
        if (options.stream().anyMatch(option -> option.expression().equals(trimmed))) {
            return true;
        }
        if (DiagramCatalog.isExpression(trimmed)) {
            problem(id, "designer.error.expression", abbreviate(trimmed));
        }
        return false;
    }

    private void checkUserTask(Element task) {
        String id = task.getAttribute("id");
        if (task.getAttribute("name").isBlank()) {
            problem(id, "designer.error.noName");
        }
        String groups = task.getAttributeNS(CAMUNDA, "candidateGroups").trim();
        if (groups.isEmpty()) {
            problem(id, "designer.error.noCandidateGroup");
        }
        for (String group : groups.isEmpty() ? new String[0] : groups.split(",")) {
            checkGroup(id, group.trim());
        }
        String form = task.getAttributeNS(CAMUNDA, "formKey").trim();
        if (form.isEmpty()) {
            problem(id, "designer.error.noForm");
        } else if (!DiagramCatalog.FORMS.contains(form)) {
            problem(id, "designer.error.unknownForm", abbreviate(form));
        }
        String due = task.getAttributeNS(CAMUNDA, "dueDate").trim();
        if (DiagramCatalog.isExpression(due)) {
            if (!DiagramCatalog.WORKING_DAYS.matcher(due).matches()) {
                catalogued(id, due, DiagramCatalog.DATES);
            }
        } else if (!due.isEmpty() && !DiagramCatalog.DURATION.matcher(due).matches()) {
            problem(id, "designer.error.dueDate", abbreviate(due));
        }
    }

    /** {@code ROLE@UNIT}: one of our roles, at an existing unit or at the proposing unit. */
    private void checkGroup(String id, String group) {
        int at = group.indexOf('@');
        String role = at < 0 ? group : group.substring(0, at);
        String unit = at < 0 ? "" : group.substring(at + 1);
        if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
            problem(id, "designer.error.unknownRole", abbreviate(group));
        } else if (!unit.equals(DiagramCatalog.PROPOSING_UNIT) && !unit.equals(DiagramCatalog.BLOC_HEAD_UNIT)
                && !unitCodes.contains(unit)) {
            problem(id, "designer.error.unknownUnit", abbreviate(group));
        }
    }

    private void checkProcess(Element process) {
        String id = process.getAttribute("id");
        if (!"true".equals(process.getAttribute("isExecutable"))) {
            problem(id, "designer.error.notExecutable");
        }
        String ttl = process.getAttributeNS(CAMUNDA, "historyTimeToLive").trim();
        if (ttl.isEmpty()) {
            problem(id, "designer.error.noHistoryTimeToLive");
        } else if (!ttl.matches("[0-9]{1,5}") && !ttl.matches("P[0-9]{1,5}D")) {
            problem(id, "designer.error.historyTimeToLive", abbreviate(ttl));
        }
    }

    /**
     * Reachability per scope (the process, each sub-process): every flow node is reached from a start event of its
     * scope, following sequence flows and from an activity to its boundary events; and from every reached node some
     * end event can be reached. Sequence flows must join two nodes of their scope.
     */
    private void checkFlow(Element scope, Map<String, Element> ids) {
        Map<String, Element> nodes = new LinkedHashMap<>();
        Map<String, Set<String>> next = new HashMap<>();
        for (Element child : children(scope, BPMN, null)) {
            if (FLOW_NODES.contains(child.getLocalName())) {
                boolean eventSubProcess = "true".equals(child.getAttribute("triggeredByEvent"));
                if (!eventSubProcess) {
                    // an event sub-process is started by its own event, never by a flow
                    nodes.put(child.getAttribute("id"), child);
                    next.put(child.getAttribute("id"), new HashSet<>());
                }
                if ("subProcess".equals(child.getLocalName())) {
                    checkFlow(child, ids);
                }
            }
        }
        for (Element child : children(scope, BPMN, null)) {
            String id = child.getAttribute("id");
            if ("sequenceFlow".equals(child.getLocalName())) {
                String source = child.getAttribute("sourceRef");
                String target = child.getAttribute("targetRef");
                if (!nodes.containsKey(source) || !nodes.containsKey(target)) {
                    problem(id, "designer.error.brokenFlow");
                } else {
                    next.get(source).add(target);
                }
            } else if ("boundaryEvent".equals(child.getLocalName())) {
                String host = child.getAttribute("attachedToRef");
                if (!nodes.containsKey(host)) {
                    problem(id, "designer.error.brokenFlow");
                } else {
                    next.get(host).add(id);
                }
            }
        }
        Deque<String> todo = new ArrayDeque<>();
        nodes.forEach((id, node) -> {
            if ("startEvent".equals(node.getLocalName())) {
                todo.add(id);
            }
        });
        if (todo.isEmpty() && !nodes.isEmpty()) {
            problem(scope.getAttribute("id"), "designer.error.noStart");
            return;
        }
        Set<String> reached = closure(todo, next);
        Map<String, Set<String>> previous = new HashMap<>();
        next.forEach((from, targets) -> targets.forEach(to -> previous.computeIfAbsent(to, k -> new HashSet<>())
                .add(from)));
        Deque<String> ends = new ArrayDeque<>();
        nodes.forEach((id, node) -> {
            if ("endEvent".equals(node.getLocalName())) {
                ends.add(id);
            }
        });
        Set<String> endable = closure(ends, previous);
        nodes.forEach((id, node) -> {
            if (!reached.contains(id)) {
                problem(id, "designer.error.unreachable", label(node));
            } else if (!endable.contains(id)) {
                problem(id, "designer.error.deadEnd", label(node));
            }
        });
    }

    private static Set<String> closure(Deque<String> from, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>(from);
        while (!from.isEmpty()) {
            for (String to : edges.getOrDefault(from.poll(), Set.of())) {
                if (seen.add(to)) {
                    from.add(to);
                }
            }
        }
        return seen;
    }

    /** Last, on a diagram that passed everything else: the BPMN 2.0 schema, through Camunda's model reader. */
    private void checkSchema(byte[] content) {
        try {
            Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (ModelException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            problem(null, "designer.error.schema", abbreviate(String.valueOf(cause.getMessage())));
        }
    }

    private static String label(Element node) {
        String name = node.getAttribute("name");
        return name.isBlank() ? node.getAttribute("id") : name;
    }

    /** The id of the element or of its nearest ancestor that has one (a condition points at its flow). */
    private static String owningId(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute("id") && !"definitions".equals(e.getLocalName())) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && (namespace == null || namespace.equals(element.getNamespaceURI()))
                    && (localName == null || localName.equals(element.getLocalName()))) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private void problem(String elementId, String key, String... args) {
        problems.add(new DiagramProblem(elementId, key, args));
    }
}
