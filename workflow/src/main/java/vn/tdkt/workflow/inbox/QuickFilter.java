package vn.tdkt.workflow.inbox;

/** The inbox's quick filters, each shown with its count: everything, overdue, due within three days, returned. */
public enum QuickFilter {
    ALL, OVERDUE, DUE_SOON, RETURNED
}
