package vn.tdkt.domain.shared;

import java.util.Arrays;
import java.util.Objects;

/**
 * A rule of the domain was broken. Carries a message key from the UI bundles (never a sentence) so that each
 * interface shows it in the user's language; the optional field names the input the message belongs beside.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    protected DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = Objects.requireNonNull(messageKey);
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** An input that fails a rule: the message belongs beside the named field. */
    public static DomainException invalid(String field, String messageKey, Object... arguments) {
        return new DomainException(Objects.requireNonNull(field), messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input field the message belongs to, or {@code null} when it concerns the whole action. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
