package vn.tdkt.workflow.engine;

import java.io.Serializable;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What an open task is about, recorded in the inbox table when the task opens ({@code inbox_task.subject_type} and
 * {@code subject_id}, migration V22): a proposal's dossier, or a bloc review for the bloc head's consolidation and
 * ballot (no dossier exists yet). Read from the process variable that names the subject, so that nobody has to
 * guess it from the shape of a business key.
 *
 * @param id the proposal's or the review's id; null for a task whose process names neither
 */
public record TaskSubject(Type type, Long id) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of subject, stored by name in {@code inbox_task.subject_type}. */
    public enum Type {
        PROPOSAL, BLOC_REVIEW
    }

    /**
     * The subject named by the task's process variables: the proposal ({@link ProcessKeys#VAR_PROPOSAL_ID}) if
     * there is one, else the bloc review ({@link ProcessKeys#VAR_BLOC_REVIEW_ID}). A task of neither (engine tests,
     * a diagram started by hand) counts as a proposal's without an id, as every task did before subjects were
     * recorded.
     */
    public static TaskSubject of(VariableScope task) {
        if (task.getVariable(ProcessKeys.VAR_PROPOSAL_ID) instanceof Number proposal) {
            return new TaskSubject(Type.PROPOSAL, proposal.longValue());
        }
        if (task.getVariable(ProcessKeys.VAR_BLOC_REVIEW_ID) instanceof Number review) {
            return new TaskSubject(Type.BLOC_REVIEW, review.longValue());
        }
        return new TaskSubject(Type.PROPOSAL, null);
    }

    /** Rebuilds a subject from the inbox table's columns. */
    public static TaskSubject of(String type, Long id) {
        return new TaskSubject(type == null ? Type.PROPOSAL : Type.valueOf(type), id);
    }

    public boolean isBlocReview() {
        return type == Type.BLOC_REVIEW;
    }

    /** The proposal's id, or null when the task is about something else or about no stored proposal. */
    public Long proposalId() {
        return type == Type.PROPOSAL ? id : null;
    }
}
