package vn.tdkt.workflow.paper;

/**
 * A template could not be turned into a paper: not found, a syntax error, a missing variable, a refused built-in, too
 * much output, or XHTML the renderer cannot read. The one exception the callers catch to tell the administrator which
 * template and where.
 */
public final class TemplateProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final int line;

    public TemplateProblem(String templateName, int line, String message, Throwable cause) {
        super(templateName + (line > 0 ? " line " + line : "") + ": " + message, cause);
        this.templateName = templateName;
        this.line = line;
    }

    /** The template at fault (for an include, the included one). */
    public String templateName() {
        return templateName;
    }

    /** The line at fault, or 0 when the problem has no line (not found, too much output). */
    public int line() {
        return line;
    }
}
