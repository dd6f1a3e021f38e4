package vn.tdkt.workflow.engine;

import java.util.Set;

/**
 * A user task was just opened (a new entry in someone's hộp công việc), as the engine reports it inside the
 * transaction that opened it: who it is offered to and what it concerns (a proposal or a bloc review).
 *
 * @param taskKey          the task definition key, e.g. {@link ProcessKeys#TASK_UNIT_HEAD_REVIEW}
 * @param businessKey      the process instance's business key, for messages only: the subject says what it is about
 * @param subject          the proposal or the bloc review, from the process variables
 * @param assignee         the username the task is assigned to, or null
 * @param candidateUsers   usernames the task is offered to
 * @param candidateGroups  groups the task is offered to, written {@code ROLE@UNITCODE} ({@link CandidateGroups})
 */
public record TaskOpened(String taskId, String taskKey, String businessKey, TaskSubject subject, String assignee,
        Set<String> candidateUsers, Set<String> candidateGroups) {

    public TaskOpened {
        candidateUsers = Set.copyOf(candidateUsers);
        candidateGroups = Set.copyOf(candidateGroups);
    }

    /** The proposal's id, or null when the task is about a bloc review or about no stored proposal. */
    public Long proposalId() {
        return subject.proposalId();
    }
}
