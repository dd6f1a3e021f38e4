package vn.tdkt.domain.eligibility;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What a rule found: an error blocks the submission, a warning is shown and recorded with the clerk's
 * acknowledgement. The message key and its arguments name the rule and the evidence.
 */
public record Finding(Severity severity, String rule, String messageKey,
        List<Object> arguments) implements Serializable {

    public enum Severity {
        ERROR, WARNING
    }

    public Finding {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(messageKey);
        arguments = List.copyOf(arguments);
    }

    public boolean blocks() {
        return severity == Severity.ERROR;
    }
}
