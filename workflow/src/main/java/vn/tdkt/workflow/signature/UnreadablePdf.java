package vn.tdkt.workflow.signature;

/**
 * The file given for validation is not a PDF we can read (another format, truncated, corrupt or password
 * protected). Checked: an upload is the user's file, and refusing it with this message is a normal outcome.
 */
public final class UnreadablePdf extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadablePdf(String message) {
        super(message);
    }

    public UnreadablePdf(String message, Throwable cause) {
        super(message, cause);
    }
}
