package vn.tdkt.workflow.design;

import java.io.Serializable;
import java.util.List;

/**
 * One reason a diagram is refused: the element it points at (null for the whole file), a message key of the web
 * bundle ({@code designer.error.*}) and the message's arguments.
 */
public final class DiagramProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String elementId;
    private final String key;
    private final List<String> args;

    public DiagramProblem(String elementId, String key, String... args) {
        this.elementId = elementId;
        this.key = key;
        this.args = List.of(args);
    }

    public String getElementId() {
        return elementId;
    }

    public String getKey() {
        return key;
    }

    public List<String> getArgs() {
        return args;
    }

    @Override
    public String toString() {
        return key + (elementId == null ? "" : " @" + elementId) + (args.isEmpty() ? "" : " " + args);
    }
}
