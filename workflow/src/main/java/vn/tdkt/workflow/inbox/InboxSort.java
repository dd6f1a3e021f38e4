package vn.tdkt.workflow.inbox;

/** The inbox's orders: earliest due first (tasks without a due date last), or most recently received first. */
public enum InboxSort {
    DUE, RECEIVED
}
