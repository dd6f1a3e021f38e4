package vn.tdkt.workflow.diagram;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * What a diagram shows and where (bố cục sơ đồ): the shapes and edges of a BPMN model's diagram interchange (DI),
 * read once from the model so that drawing needs nothing of the engine. Elements the DI does not place are not
 * drawn; kinds this product's diagrams do not use (pools, lanes, data objects) are left out.
 */
public record DiagramLayout(List<Shape> shapes, List<Edge> edges) {

    public DiagramLayout {
        shapes = List.copyOf(shapes);
        edges = List.copyOf(edges);
    }

    /** How a shape is drawn. */
    public enum Kind {
        TASK, START_EVENT, END_EVENT, INTERMEDIATE_EVENT, BOUNDARY_EVENT, GATEWAY
    }

    public record Box(double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }
    }

    public record Point(double x, double y) {
    }

    /**
     * A flow node as placed on the diagram.
     *
     * @param label     where the modeler put the name, or null to place it by the shape
     * @param timer     an event waiting for a date (drawn with a clock)
     * @param interrupting false for a boundary event that leaves its task running (drawn dashed)
     */
    public record Shape(String id, Kind kind, String name, Box bounds, Box label, boolean timer,
            boolean interrupting) {
    }

    /** A sequence flow with its bend points, from source to target. */
    public record Edge(String id, String name, String sourceId, String targetId, List<Point> waypoints, Box label) {
        public Edge {
            waypoints = List.copyOf(waypoints);
        }
    }

    /** The layout of every flow node and sequence flow the model's diagram places. */
    public static DiagramLayout of(BpmnModelInstance model) {
        List<Shape> shapes = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            Kind kind = kindOf(element);
            if (kind == null || shape.getBounds() == null) {
                continue;
            }
            Event event = element instanceof Event e ? e : null;
            boolean timer = event != null && !event.getChildElementsByType(TimerEventDefinition.class).isEmpty();
            boolean interrupting = !(element instanceof BoundaryEvent boundary) || boundary.cancelActivity();
            shapes.add(new Shape(element.getId(), kind, ((FlowElement) element).getName(), box(shape.getBounds()),
                    shape.getBpmnLabel() == null ? null : box(shape.getBpmnLabel().getBounds()), timer,
                    interrupting));
        }
        List<Edge> edges = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (!(edge.getBpmnElement() instanceof SequenceFlow flow) || edge.getWaypoints().size() < 2) {
                continue;
            }
            List<Point> points = new ArrayList<>();
            for (Waypoint w : edge.getWaypoints()) {
                points.add(new Point(w.getX(), w.getY()));
            }
            edges.add(new Edge(flow.getId(), flow.getName(), flow.getSource().getId(), flow.getTarget().getId(),
                    points, edge.getBpmnLabel() == null ? null : box(edge.getBpmnLabel().getBounds())));
        }
        return new DiagramLayout(shapes, edges);
    }

    private static Kind kindOf(BaseElement element) {
        if (element instanceof Activity) {
            return Kind.TASK;
        }
        if (element instanceof Gateway) {
            return Kind.GATEWAY;
        }
        if (element instanceof StartEvent) {
            return Kind.START_EVENT;
        }
        if (element instanceof EndEvent) {
            return Kind.END_EVENT;
        }
        if (element instanceof BoundaryEvent) {
            return Kind.BOUNDARY_EVENT;
        }
        if (element instanceof Event) {
            return Kind.INTERMEDIATE_EVENT;
        }
        return null;
    }

    private static Box box(Bounds bounds) {
        return bounds == null ? null
                : new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    /** The name of a placed flow node, or null. */
    public String nameOf(String id) {
        return shapes.stream().filter(s -> s.id().equals(id)).map(Shape::name).findFirst().orElse(null);
    }
}
