package vn.tdkt.workflow.proposal;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One open task the actor may work on, as its task page needs it: which step, of which proposal, due when. A
 * class with getters because Jakarta EL 5 does not read record components as properties.
 */
public final class OpenTask implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String step;
    private final String name;
    private final long proposalId;
    private final LocalDateTime createdAt;
    private final LocalDateTime due;
    private final String assignee;
    private final String formKey;

    OpenTask(String id, String step, String name, long proposalId, LocalDateTime createdAt, LocalDateTime due,
            String assignee, String formKey) {
        this.formKey = formKey;
        this.id = id;
        this.step = step;
        this.name = name;
        this.proposalId = proposalId;
        this.createdAt = createdAt;
        this.due = due;
        this.assignee = assignee;
    }

    /** Past its due date at {@code now} (a task without a due date is never overdue). */
    public boolean overdueAt(LocalDateTime now) {
        return due != null && now.isAfter(due);
    }

    public String getId() {
        return id;
    }

    /** The task definition key: which step of the diagram (and so which form). */
    public String getStep() {
        return step;
    }

    public String getName() {
        return name;
    }

    public long getProposalId() {
        return proposalId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getDue() {
        return due;
    }

    public String getAssignee() {
        return assignee;
    }

    /** The form the diagram names for this step ({@code tdkt:...}). */
    public String getFormKey() {
        return formKey;
    }
}
