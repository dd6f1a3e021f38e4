package vn.tdkt.workflow.inbox;

import java.io.Serializable;
import java.util.List;

/** What a bulk approval did: how many tasks it completed and, for each one it could not, why. */
public final class BulkOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One task not approved: its proposal and the message key (with arguments) saying why. */
    public record Failure(String proposalNumber, String messageKey, List<Object> arguments) implements Serializable {

        public Failure {
            arguments = List.copyOf(arguments);
        }
    }

    private final int approved;
    private final List<Failure> failures;

    public BulkOutcome(int approved, List<Failure> failures) {
        this.approved = approved;
        this.failures = List.copyOf(failures);
    }

    public int getApproved() {
        return approved;
    }

    public List<Failure> getFailures() {
        return failures;
    }
}
