package vn.tdkt.workflow.design;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a diagram may contain, as data: for each element we support (named {@code prefix:localName} with the
 * prefixes of {@link #PREFIXES}), the attributes it may carry with the kind of value each takes, the elements it
 * may hold, and the text it may hold. Whatever is not listed is refused, whatever the namespace; the engine reads
 * element names without regard to their namespace and Camunda's attributes under a second namespace as well, so
 * the gate refuses every namespace it does not list instead of looking for known-bad names.
 *
 * <p>
 * The engine reads more than we allow. What it reads and we refuse on purpose is listed in {@link #REFUSED} with
 * the reason shown to the administrator; a test parses every allowed element with the engine's own parser and fails
 * when the engine reads a name that is neither allowed nor listed as refused here (a new engine version reading
 * something new must be decided on, not let through by default).
 */
public final class DiagramAllowList {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /** The namespaces a diagram may use, by the prefix this list writes them with. */
    public static final Map<String, String> PREFIXES = Map.of(BPMN, "bpmn", CAMUNDA, "camunda",
            "http://www.omg.org/spec/BPMN/20100524/DI", "bpmndi", "http://www.omg.org/spec/DD/20100524/DC", "dc",
            "http://www.omg.org/spec/DD/20100524/DI", "di", XSI, "xsi", "http://camunda.org/schema/modeler/1.0",
            "modeler");

    /** The kind of value an attribute takes; each is checked by {@link DiagramValidator}. */
    public enum Value {
        /** An XML id or a reference to one. */
        ID,
        /** Text shown to people; never an expression (the engine evaluates task names). */
        PLAIN,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A coordinate or size of the drawing. */
        NUMBER,
        /** The formal expression type of a condition or timer ({@code bpmn:tFormalExpression}). */
        FORMAL_TYPE,
        /** {@code start}, {@code end} or {@code take}. */
        EXECUTION_EVENT,
        /** {@code create}, {@code assignment}, {@code complete}, {@code update} or {@code delete}. */
        TASK_EVENT,
        /** One of {@link DiagramCatalog#ACTIONS}. */
        ACTION,
        /** Checked with its element: candidate groups, form, due date and history time to live. */
        OWN_RULE
    }

    /** The text an element may hold. */
    public enum Text {
        /** Only white space. */
        NONE,
        /** Text shown to people; never an expression (the engine evaluates a user task's documentation). */
        PLAIN,
        /** The id of a flow element. */
        ID,
        /** One of {@link DiagramCatalog#CONDITIONS}. */
        CONDITION,
        /** One of {@link DiagramCatalog#DATES}, N working days, or an ISO 8601 date, duration or cycle. */
        DATE
    }

    /** What one element may carry. */
    public record Rule(Map<String, Value> attributes, Set<String> children, Text text) {
    }

    private static final Map<String, Rule> RULES = new HashMap<>();

    /**
     * Names the engine reads that we refuse, each with the message key that explains why. Keys are element or
     * attribute names as {@link #name} writes them; a namespace refused as a whole is listed by its URI.
     */
    private static final Map<String, String> REFUSED = new HashMap<>();

    private static final Map<String, Value> WITH_ID = Map.of("id", Value.ID);
    private static final Map<String, Value> ASYNC = Map.of("camunda:asyncBefore", Value.BOOLEAN,
            "camunda:asyncAfter", Value.BOOLEAN, "camunda:exclusive", Value.BOOLEAN);

    static {
        Set<String> flowNodes = Set.of("bpmn:startEvent", "bpmn:endEvent", "bpmn:userTask", "bpmn:serviceTask",
                "bpmn:task", "bpmn:manualTask", "bpmn:exclusiveGateway", "bpmn:parallelGateway",
                "bpmn:inclusiveGateway", "bpmn:boundaryEvent", "bpmn:intermediateCatchEvent",
                "bpmn:intermediateThrowEvent", "bpmn:subProcess");
        Set<String> scope = union(flowNodes, "bpmn:documentation", "bpmn:extensionElements", "bpmn:sequenceFlow",
                "bpmn:textAnnotation", "bpmn:association");
        Set<String> node = Set.of("bpmn:documentation", "bpmn:extensionElements", "bpmn:incoming", "bpmn:outgoing");
        Map<String, Value> named = Map.of("id", Value.ID, "name", Value.PLAIN);

        rule("bpmn:definitions",
                attributes(named, Map.of("targetNamespace", Value.PLAIN, "exporter", Value.PLAIN,
                        "exporterVersion", Value.PLAIN, "modeler:executionPlatform", Value.PLAIN,
                        "modeler:executionPlatformVersion", Value.PLAIN)),
                Set.of("bpmn:process", "bpmn:collaboration", "bpmndi:BPMNDiagram"), Text.NONE);
        rule("bpmn:process",
                attributes(named, Map.of("isExecutable", Value.BOOLEAN, "camunda:historyTimeToLive", Value.OWN_RULE,
                        "camunda:versionTag", Value.PLAIN, "camunda:isStartableInTasklist", Value.BOOLEAN)),
                union(scope, "bpmn:laneSet"), Text.NONE);
        rule("bpmn:subProcess", attributes(named, ASYNC, Map.of("triggeredByEvent", Value.BOOLEAN)),
                union(scope, "bpmn:incoming", "bpmn:outgoing"), Text.NONE);
        rule("bpmn:collaboration", named,
                Set.of("bpmn:documentation", "bpmn:participant", "bpmn:textAnnotation", "bpmn:association"),
                Text.NONE);
        rule("bpmn:participant", attributes(named, Map.of("processRef", Value.ID)), Set.of("bpmn:documentation"),
                Text.NONE);
        rule("bpmn:laneSet", named, Set.of("bpmn:lane"), Text.NONE);
        rule("bpmn:lane", named, Set.of("bpmn:documentation", "bpmn:flowNodeRef"), Text.NONE);
        rule("bpmn:flowNodeRef", Map.of(), Set.of(), Text.ID);
        rule("bpmn:incoming", Map.of(), Set.of(), Text.ID);
        rule("bpmn:outgoing", Map.of(), Set.of(), Text.ID);

        rule("bpmn:startEvent", attributes(named, ASYNC, Map.of("isInterrupting", Value.BOOLEAN)),
                union(node, "bpmn:timerEventDefinition"), Text.NONE);
        rule("bpmn:endEvent", attributes(named, ASYNC), node, Text.NONE);
        rule("bpmn:userTask",
                attributes(named, ASYNC, Map.of("camunda:candidateGroups", Value.OWN_RULE, "camunda:formKey",
                        Value.OWN_RULE, "camunda:dueDate", Value.OWN_RULE)),
                node, Text.NONE);
        rule("bpmn:serviceTask", attributes(named, ASYNC, Map.of("camunda:expression", Value.ACTION)), node,
                Text.NONE);
        rule("bpmn:task", attributes(named, ASYNC), node, Text.NONE);
        rule("bpmn:manualTask", attributes(named, ASYNC), node, Text.NONE);
        rule("bpmn:exclusiveGateway", attributes(named, ASYNC, Map.of("default", Value.ID)), node, Text.NONE);
        rule("bpmn:inclusiveGateway", attributes(named, ASYNC, Map.of("default", Value.ID)), node, Text.NONE);
        rule("bpmn:parallelGateway", attributes(named, ASYNC), node, Text.NONE);
        rule("bpmn:boundaryEvent",
                attributes(named, ASYNC, Map.of("attachedToRef", Value.ID, "cancelActivity", Value.BOOLEAN)),
                union(node, "bpmn:timerEventDefinition"), Text.NONE);
        rule("bpmn:intermediateCatchEvent", attributes(named, ASYNC), union(node, "bpmn:timerEventDefinition"),
                Text.NONE);
        rule("bpmn:intermediateThrowEvent", attributes(named, ASYNC), node, Text.NONE);
        rule("bpmn:timerEventDefinition", WITH_ID, Set.of("bpmn:timeDate", "bpmn:timeDuration", "bpmn:timeCycle"),
                Text.NONE);
        Map<String, Value> formal = Map.of("id", Value.ID, "xsi:type", Value.FORMAL_TYPE);
        rule("bpmn:timeDate", formal, Set.of(), Text.DATE);
        rule("bpmn:timeDuration", formal, Set.of(), Text.DATE);
        rule("bpmn:timeCycle", formal, Set.of(), Text.DATE);
        rule("bpmn:sequenceFlow", attributes(named, Map.of("sourceRef", Value.ID, "targetRef", Value.ID)),
                Set.of("bpmn:documentation", "bpmn:extensionElements", "bpmn:conditionExpression"), Text.NONE);
        rule("bpmn:conditionExpression", formal, Set.of(), Text.CONDITION);

        rule("bpmn:extensionElements", Map.of(), Set.of("camunda:executionListener", "camunda:taskListener"),
                Text.NONE);
        rule("camunda:executionListener", Map.of("event", Value.EXECUTION_EVENT, "expression", Value.ACTION),
                Set.of(), Text.NONE);
        rule("camunda:taskListener", Map.of("event", Value.TASK_EVENT, "expression", Value.ACTION), Set.of(),
                Text.NONE);

        rule("bpmn:documentation", Map.of("id", Value.ID, "textFormat", Value.PLAIN), Set.of(), Text.PLAIN);
        rule("bpmn:textAnnotation", Map.of("id", Value.ID, "textFormat", Value.PLAIN), Set.of("bpmn:text"),
                Text.NONE);
        rule("bpmn:text", Map.of(), Set.of(), Text.PLAIN);
        rule("bpmn:association", Map.of("id", Value.ID, "sourceRef", Value.ID, "targetRef", Value.ID,
                "associationDirection", Value.PLAIN), Set.of(), Text.NONE);

        // The drawing: positions and sizes only.
        rule("bpmndi:BPMNDiagram", named, Set.of("bpmndi:BPMNPlane"), Text.NONE);
        rule("bpmndi:BPMNPlane", Map.of("id", Value.ID, "bpmnElement", Value.ID),
                Set.of("bpmndi:BPMNShape", "bpmndi:BPMNEdge"), Text.NONE);
        rule("bpmndi:BPMNShape",
                Map.of("id", Value.ID, "bpmnElement", Value.ID, "isHorizontal", Value.BOOLEAN, "isExpanded",
                        Value.BOOLEAN, "isMarkerVisible", Value.BOOLEAN),
                Set.of("dc:Bounds", "bpmndi:BPMNLabel"), Text.NONE);
        rule("bpmndi:BPMNEdge", Map.of("id", Value.ID, "bpmnElement", Value.ID),
                Set.of("di:waypoint", "bpmndi:BPMNLabel"), Text.NONE);
        rule("bpmndi:BPMNLabel", WITH_ID, Set.of("dc:Bounds"), Text.NONE);
        rule("dc:Bounds", Map.of("x", Value.NUMBER, "y", Value.NUMBER, "width", Value.NUMBER, "height", Value.NUMBER),
                Set.of(), Text.NONE);
        rule("di:waypoint", Map.of("x", Value.NUMBER, "y", Value.NUMBER), Set.of(), Text.NONE);

        refuse("designer.error.script", "bpmn:scriptTask", "camunda:script", "camunda:scriptFormat", "camunda:resource",
                "language");
        refuse("designer.error.javaClass", "camunda:class", "camunda:delegateExpression", "class", "delegateExpression",
                "camunda:variableMappingClass", "camunda:variableMappingDelegateExpression",
                "camunda:formHandlerClass");
        refuse("designer.error.assignment", "camunda:assignee", "camunda:candidateUsers",
                "camunda:candidateStarterUsers", "camunda:candidateStarterGroups", "camunda:initiator",
                "bpmn:humanPerformer", "bpmn:potentialOwner", "camunda:potentialStarter");
        // Read by the engine, allowed on some elements (then the rule wins) and refused everywhere else.
        refuse("designer.error.attribute", "id", "default", "isForCompensation", "camunda:async",
                "camunda:exclusive", "camunda:jobPriority", "camunda:priority", "camunda:taskPriority",
                "camunda:followUpDate", "camunda:formKey", "camunda:formRef", "camunda:resultVariable",
                "camunda:resultVariableName", "camunda:type");
        refuse("designer.error.element", "bpmn:cancelEventDefinition", "bpmn:compensateEventDefinition",
                "bpmn:conditionalEventDefinition", "bpmn:errorEventDefinition", "bpmn:escalationEventDefinition",
                "bpmn:linkEventDefinition", "bpmn:messageEventDefinition", "bpmn:signalEventDefinition",
                "bpmn:terminateEventDefinition", "bpmn:multiInstanceLoopCharacteristics", "bpmn:property",
                "bpmn:import", "bpmn:message", "bpmn:signal", "bpmn:error", "bpmn:escalation", "camunda:formData",
                "camunda:formProperty", "camunda:inputOutput");
        // The alias the engine reads Camunda's attributes and elements under as well.
        refuse("designer.error.namespace", "http://activiti.org/bpmn");
    }

    private DiagramAllowList() {
    }

    /** The rule of an element, if the element is allowed at all. */
    public static Optional<Rule> rule(String name) {
        return Optional.ofNullable(RULES.get(name));
    }

    /** Every element name the list allows. */
    public static Set<String> elements() {
        return Set.copyOf(RULES.keySet());
    }

    /**
     * The name of an element or attribute as this list writes it: {@code prefix:localName} for a namespace it
     * knows, the bare name for an attribute without namespace, and {@code {uri}localName} for anything else.
     */
    public static String name(String namespace, String localName) {
        if (namespace == null || namespace.isEmpty()) {
            return localName;
        }
        String prefix = PREFIXES.get(namespace);
        return prefix == null ? "{" + namespace + "}" + localName : prefix + ":" + localName;
    }

    /** Every name refused on purpose, with the message key of its reason. */
    public static Map<String, String> refused() {
        return Map.copyOf(REFUSED);
    }

    /** The message key explaining why a name (or its namespace) is refused on purpose, if it is listed. */
    public static Optional<String> refusal(String namespace, String name) {
        return Optional.ofNullable(REFUSED.get(name)).or(() -> Optional.ofNullable(REFUSED.get(namespace)));
    }

    private static void rule(String name, Map<String, Value> attributes, Set<String> children, Text text) {
        RULES.put(name, new Rule(Map.copyOf(attributes), Set.copyOf(children), text));
    }

    private static void refuse(String key, String... names) {
        for (String name : names) {
            REFUSED.put(name, key);
        }
    }

    @SafeVarargs
    private static Map<String, Value> attributes(Map<String, Value>... parts) {
        Map<String, Value> all = new HashMap<>();
        for (Map<String, Value> part : parts) {
            all.putAll(part);
        }
        return all;
    }

    private static Set<String> union(Set<String> set, String... more) {
        Set<String> all = new HashSet<>(set);
        all.addAll(Set.of(more));
        return all;
    }
}
