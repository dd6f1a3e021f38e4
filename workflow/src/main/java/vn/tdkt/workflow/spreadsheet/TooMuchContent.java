package vn.tdkt.workflow.spreadsheet;

import java.io.IOException;

/**
 * An uploaded workbook holds more than the import reads: a part unpacks beyond its limit, or the shared strings,
 * cell formats or zip directory exceed theirs. Thrown as soon as the limit is passed, so that what a hostile file
 * would unpack is never held; the user is told {@code import.error.tooMuchContent}.
 */
final class TooMuchContent extends IOException {

    private static final long serialVersionUID = 1L;

    TooMuchContent(String what) {
        super(what);
    }

    /** Whether {@code e} or one of its causes (SAX wraps what its handlers and streams throw) is this. */
    static boolean causedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooMuchContent) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
