package vn.tdkt.workflow.proposal;

import vn.tdkt.domain.shared.DomainException;

/**
 * A nominee of a dossier is invalid: the original input error, and which line of the list it is on, so that a
 * dossier of many nominees says where to look.
 */
public class NomineeException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final DomainException cause;

    public NomineeException(int line, DomainException cause) {
        super("proposal.error.nomineeLine", new Object[] {String.valueOf(line)});
        this.line = line;
        this.cause = cause;
        initCause(cause);
    }

    /** The 1-based position of the nominee in the dossier's list. */
    public int line() {
        return line;
    }

    public DomainException cause() {
        return cause;
    }
}
