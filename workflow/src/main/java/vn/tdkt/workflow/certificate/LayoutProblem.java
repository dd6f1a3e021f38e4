package vn.tdkt.workflow.certificate;

/**
 * Why a blank layout cannot be used, for the administrator who edits it: a message code of the UI bundles
 * ({@code certificate.layout.outOfPage}), an English message naming the values, and where: the line of the layout
 * text and the field key.
 *
 * @param line the line number of the layout text (from 1), or 0 when the layout was not read from text
 * @param key  the field key or the page attribute concerned ({@code "page"}), or {@code null} for the whole text
 */
public record LayoutProblem(int line, String key, String code, String message) {

    public static final String OUT_OF_PAGE = "certificate.layout.outOfPage";
    public static final String PAGE_SIZE = "certificate.layout.pageSize";
    public static final String FONT_SIZE = "certificate.layout.fontSize";
    public static final String QR_SIZE = "certificate.layout.qrSize";
    public static final String WIDTH = "certificate.layout.width";
    public static final String LINES = "certificate.layout.lines";
    public static final String COLOUR = "certificate.layout.colour";
    public static final String UNKNOWN_KEY = "certificate.layout.unknownKey";
    public static final String DUPLICATE_KEY = "certificate.layout.duplicateKey";
    public static final String MISSING = "certificate.layout.missing";
    public static final String SYNTAX = "certificate.layout.syntax";

    LayoutProblem atLine(int lineNumber) {
        return new LayoutProblem(lineNumber, key, code, message);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + message + " [" + code + "]";
    }
}
