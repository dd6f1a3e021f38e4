package vn.tdkt.domain.notification;

/** Why a user is notified. */
public enum NotificationKind {
    /** A task was opened for the user or one of their groups (e.g. the unit head's review). */
    NEW_TASK,
    /** The unit head returned a proposal with a reason; the clerks revise it. */
    RETURNED,
    /** The unit head approved a proposal. */
    APPROVED,
    /** Reserved: a task waits past its deadline. */
    REMINDER,
    /** Reserved: a task is escalated to a superior. */
    ESCALATION,
    /** Reserved: the commendation decision was issued. */
    DECISION,
    /** A bloc's review asks the unit for something: scoring opened, the head's consolidation or ballot waits. */
    BLOC_REVIEW
}
