package vn.tdkt.workflow.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tdkt.workflow.diagram.DiagramLayout.Box;
import vn.tdkt.workflow.diagram.DiagramLayout.Edge;
import vn.tdkt.workflow.diagram.DiagramLayout.Point;
import vn.tdkt.workflow.diagram.DiagramLayout.Shape;

/**
 * Writes a diagram as a standalone SVG document: tasks as rounded boxes with their names wrapped, events as
 * circles (end events thick, timers with a clock), gateways as diamonds, sequence flows as arrows with their
 * names. The current steps carry class {@code current} (thick orange border), passed steps and flows taken class
 * {@code done} (muted green), the rest are neutral. Every name is escaped: a diagram uploaded by an administrator
 * must not be able to inject markup. The styles are inline so that the document needs no other resource.
 */
public final class SvgDiagram {

    private static final double MARGIN = 20;
    private static final double FONT = 12;
    private static final double LINE = 14;
    /** Average width of a character at {@link #FONT}, for wrapping without measuring fonts on the server. */
    private static final double CHAR_WIDTH = 6.4;
    private static final double EVENT_LABEL_WIDTH = 130;

    private static final String STYLE = """
            .shape rect,.shape circle,.shape polygon{fill:#fff;stroke:#4a4a4a;stroke-width:1.5}
            .shape.end circle.outline{stroke-width:4}
            .shape.non-interrupting circle{stroke-dasharray:4 2}
            .shape .glyph{fill:none;stroke:#4a4a4a;stroke-width:1.2}
            .shape.done rect,.shape.done circle,.shape.done polygon{fill:#eaf2ea;stroke:#6f9a6f}
            .shape.current rect,.shape.current circle,.shape.current polygon{fill:#fff3e0;stroke:#ef6c00;stroke-width:4}
            text{font-family:'Segoe UI',Roboto,Arial,sans-serif;font-size:12px;fill:#212121}
            .shape.done text{fill:#4d6b4d}
            .shape.current text{font-weight:bold}
            .edge polyline{fill:none;stroke:#757575;stroke-width:1.5}
            .edge.done polyline{stroke:#6f9a6f;stroke-width:2.5}
            .edge text{font-size:11px;fill:#555}
            """;

    /**
     * @param title what the image shows, for assistive technology (the process and its current step)
     */
    public String write(DiagramLayout layout, StepMarks marks, String title) {
        Box view = viewBox(layout);
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\"")
                .append(" aria-labelledby=\"diagram-title\" viewBox=\"").append(n(view.x())).append(' ')
                .append(n(view.y())).append(' ').append(n(view.width())).append(' ').append(n(view.height()))
                .append("\" width=\"").append(n(view.width())).append("\" height=\"").append(n(view.height()))
                .append("\">\n<title id=\"diagram-title\">").append(escape(title)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n")
                .append("<defs>").append(marker("arrow", "#757575")).append(marker("arrow-done", "#6f9a6f"))
                .append("</defs>\n<g class=\"edges\">\n");
        Map<String, Shape> shapes = new HashMap<>();
        layout.shapes().forEach(shape -> shapes.put(shape.id(), shape));
        for (Edge edge : layout.edges()) {
            edge(svg, edge, shapes.get(edge.sourceId()), shapes.get(edge.targetId()), marks.taken(edge));
        }
        svg.append("</g>\n<g class=\"shapes\">\n");
        // Boundary events last, so that they sit on the border of their task rather than under it.
        for (Shape shape : layout.shapes()) {
            if (shape.kind() != DiagramLayout.Kind.BOUNDARY_EVENT) {
                shape(svg, shape, marks);
            }
        }
        for (Shape shape : layout.shapes()) {
            if (shape.kind() == DiagramLayout.Kind.BOUNDARY_EVENT) {
                shape(svg, shape, marks);
            }
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    private static String marker(String id, String colour) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + colour
                + "\"/></marker>";
    }

    private static void edge(StringBuilder svg, Edge edge, Shape source, Shape target, boolean taken) {
        svg.append("<g class=\"edge").append(taken ? " done" : "").append("\" data-element-id=\"")
                .append(escape(edge.id())).append("\"><polyline points=\"");
        List<Point> points = new ArrayList<>(edge.waypoints());
        points.set(points.size() - 1, onBorder(points.get(points.size() - 2), points.get(points.size() - 1), target));
        points.set(0, onBorder(points.get(1), points.get(0), source));
        for (Point p : points) {
            svg.append(n(p.x())).append(',').append(n(p.y())).append(' ');
        }
        svg.setLength(svg.length() - 1);
        svg.append("\" marker-end=\"url(#").append(taken ? "arrow-done" : "arrow").append(")\"/>");
        if (edge.name() != null && !edge.name().isBlank()) {
            double x;
            double y;
            if (edge.label() != null) {
                x = edge.label().x();
                y = edge.label().y() + LINE - 3;
            } else {
                // Beside the middle of the first segment: flows with names leave gateways, where they differ.
                Point a = points.get(0);
                Point b = points.get(1);
                x = (a.x() + b.x()) / 2 + 4;
                y = (a.y() + b.y()) / 2 - 4;
            }
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\">")
                    .append(escape(edge.name())).append("</text>");
        }
        svg.append("</g>\n");
    }

    /**
     * Where the segment from {@code from} to {@code to} meets the outline of the shape {@code to} lies in.
     * Modelers start and end a flow there already; a generated layout may run it centre to centre, which would
     * hide the arrowhead (and the start of the flow, where its name goes) under the shapes.
     */
    static Point onBorder(Point from, Point to, Shape target) {
        if (target == null || !inside(to, target) || inside(from, target)) {
            return to;
        }
        double outside = 0;
        double in = 1;
        for (int i = 0; i < 30; i++) {
            double t = (outside + in) / 2;
            if (inside(at(from, to, t), target)) {
                in = t;
            } else {
                outside = t;
            }
        }
        return at(from, to, outside);
    }

    private static Point at(Point from, Point to, double t) {
        return new Point(from.x() + (to.x() - from.x()) * t, from.y() + (to.y() - from.y()) * t);
    }

    /** Strictly inside the shape's outline (a point on the outline is outside). */
    private static boolean inside(Point p, Shape shape) {
        Box b = shape.bounds();
        double dx = Math.abs(p.x() - (b.x() + b.width() / 2)) / (b.width() / 2);
        double dy = Math.abs(p.y() - (b.y() + b.height() / 2)) / (b.height() / 2);
        return switch (shape.kind()) {
            case TASK -> dx < 1 && dy < 1;
            case GATEWAY -> dx + dy < 1;
            default -> dx * dx + dy * dy < 1;
        };
    }

    private static void shape(StringBuilder svg, Shape shape, StepMarks marks) {
        Box b = shape.bounds();
        String state = marks.isCurrent(shape.id()) ? " current" : marks.isDone(shape.id()) ? " done" : "";
        svg.append("<g class=\"shape ").append(cssKind(shape)).append(shape.interrupting() ? "" : " non-interrupting")
                .append(state).append("\" data-element-id=\"").append(escape(shape.id())).append("\">");
        double cx = b.x() + b.width() / 2;
        double cy = b.y() + b.height() / 2;
        switch (shape.kind()) {
            case TASK -> {
                svg.append("<rect class=\"outline\" x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y()))
                        .append("\" width=\"").append(n(b.width())).append("\" height=\"").append(n(b.height()))
                        .append("\" rx=\"10\" ry=\"10\"/>");
                List<String> lines = wrap(shape.name(), b.width() - 10, (int) Math.max(1, (b.height() - 6) / LINE));
                text(svg, lines, cx, cy - (lines.size() - 1) * LINE / 2 + FONT / 3, "middle");
            }
            case GATEWAY -> {
                svg.append("<polygon class=\"outline\" points=\"").append(n(cx)).append(',').append(n(b.y()))
                        .append(' ').append(n(b.right())).append(',').append(n(cy)).append(' ').append(n(cx))
                        .append(',').append(n(b.bottom())).append(' ').append(n(b.x())).append(',').append(n(cy))
                        .append("\"/>");
                label(svg, shape, cx, b.y() - 6, true);
            }
            default -> {
                double r = Math.min(b.width(), b.height()) / 2;
                circle(svg, cx, cy, r, "outline");
                if (shape.kind() == DiagramLayout.Kind.INTERMEDIATE_EVENT
                        || shape.kind() == DiagramLayout.Kind.BOUNDARY_EVENT) {
                    circle(svg, cx, cy, r - 3, "inner");
                }
                if (shape.timer()) {
                    clock(svg, cx, cy, r * 0.55);
                }
                label(svg, shape, cx, b.bottom() + LINE, false);
            }
        }
        svg.append("</g>\n");
    }

    private static String cssKind(Shape shape) {
        return switch (shape.kind()) {
            case TASK -> "task";
            case GATEWAY -> "gateway";
            case START_EVENT -> "event start";
            case END_EVENT -> "event end";
            case INTERMEDIATE_EVENT -> "event intermediate";
            case BOUNDARY_EVENT -> "event boundary";
        };
    }

    private static void circle(StringBuilder svg, double cx, double cy, double r, String css) {
        svg.append("<circle class=\"").append(css).append("\" cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                .append("\" r=\"").append(n(r)).append("\"/>");
    }

    private static void clock(StringBuilder svg, double cx, double cy, double r) {
        svg.append("<g class=\"glyph\"><circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                .append("\" r=\"").append(n(r)).append("\"/><path d=\"M").append(n(cx)).append(',')
                .append(n(cy - r * 0.8)).append(" L").append(n(cx)).append(',').append(n(cy)).append(" L")
                .append(n(cx + r * 0.6)).append(',').append(n(cy)).append("\"/></g>");
    }

    /** An event's or gateway's name: in the modeler's label box if it has one, else centred below (or above). */
    private static void label(StringBuilder svg, Shape shape, double cx, double baseline, boolean above) {
        if (shape.name() == null || shape.name().isBlank()) {
            return;
        }
        if (shape.label() != null) {
            Box l = shape.label();
            List<String> lines = wrap(shape.name(), Math.max(l.width(), 40), 4);
            text(svg, lines, l.x() + l.width() / 2, l.y() + FONT, "middle");
            return;
        }
        List<String> lines = wrap(shape.name(), EVENT_LABEL_WIDTH, 4);
        double first = above ? baseline - (lines.size() - 1) * LINE : baseline;
        text(svg, lines, cx, first, "middle");
    }

    private static void text(StringBuilder svg, List<String> lines, double x, double firstBaseline, String anchor) {
        if (lines.isEmpty()) {
            return;
        }
        svg.append("<text text-anchor=\"").append(anchor).append("\" x=\"").append(n(x)).append("\" y=\"")
                .append(n(firstBaseline)).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(n(x)).append("\" ").append(i == 0 ? "dy=\"0\"" : "dy=\"" + n(LINE) + "\"")
                    .append('>').append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    /**
     * Greedy word wrap by an average character width; a word too long for a line is cut, and text beyond
     * {@code maxLines} ends with an ellipsis.
     */
    static List<String> wrap(String text, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        int perLine = Math.max(4, (int) (width / CHAR_WIDTH));
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.codePointCount(0, word.length()) > perLine) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = word.offsetByCodePoints(0, perLine);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            int length = line.codePointCount(0, line.length());
            if (!line.isEmpty() && length + 1 + word.codePointCount(0, word.length()) > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + "…");
            return kept;
        }
        return lines;
    }

    /** Everything drawn, with a margin; labels below the lowest shapes get room too. */
    private static Box viewBox(DiagramLayout layout) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Shape s : layout.shapes()) {
            for (Box b : new Box[] {s.bounds(), s.label()}) {
                if (b != null) {
                    minX = Math.min(minX, b.x());
                    minY = Math.min(minY, b.y());
                    maxX = Math.max(maxX, b.right());
                    maxY = Math.max(maxY, b.bottom());
                }
            }
            if (s.kind() != DiagramLayout.Kind.TASK && s.label() == null) {
                // Room for a name drawn by the shape: centred, up to four lines, above a gateway, below an event.
                double half = Math.max(s.bounds().width(), EVENT_LABEL_WIDTH) / 2;
                double cx = s.bounds().x() + s.bounds().width() / 2;
                minX = Math.min(minX, cx - half);
                maxX = Math.max(maxX, cx + half);
                minY = Math.min(minY, s.bounds().y() - 4 * LINE);
                maxY = Math.max(maxY, s.bounds().bottom() + 4 * LINE);
            }
        }
        for (Edge e : layout.edges()) {
            for (Point p : e.waypoints()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        if (minX > maxX) {
            return new Box(0, 0, 2 * MARGIN, 2 * MARGIN);
        }
        return new Box(Math.floor(minX - MARGIN), Math.floor(minY - MARGIN), Math.ceil(maxX - minX + 2 * MARGIN),
                Math.ceil(maxY - minY + 2 * MARGIN));
    }

    /** A coordinate as SVG reads it whatever the server's locale: a point, at most one decimal. */
    private static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** Text and attribute content: the five markup characters escaped, characters XML 1.0 forbids dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
