package vn.tdkt.workflow.engine;

import java.util.Set;

/**
 * A user task was just opened (a new entry in someone's hộp công việc), as the engine reports it inside the
 * transaction that opened it: who it is offered to and which proposal it concerns.
 *
 * @param taskKey          the task definition key, e.g. {@link ProcessKeys#TASK_UNIT_HEAD_REVIEW}
 * @param proposalId       the proposal's id from the process variables, or null when the process has none
 * @param assignee         the username the task is assigned to, or null
 * @param candidateUsers   usernames the task is offered to
 * @param candidateGroups  groups the task is offered to, written {@code ROLE@UNITCODE} ({@link CandidateGroups})
 */
public record TaskOpened(String taskId, String taskKey, String businessKey, Long proposalId, String assignee,
        Set<String> candidateUsers, Set<String> candidateGroups) {

    public TaskOpened {
        candidateUsers = Set.copyOf(candidateUsers);
        candidateGroups = Set.copyOf(candidateGroups);
    }
}
