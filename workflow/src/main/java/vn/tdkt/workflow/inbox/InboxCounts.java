package vn.tdkt.workflow.inbox;

import java.io.Serializable;

/** How many tasks each quick filter would show, under the other filters: the badges of the filter bar. */
public final class InboxCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final InboxCounts NONE = new InboxCounts(0, 0, 0, 0);

    private final long all;
    private final long overdue;
    private final long dueSoon;
    private final long returned;

    public InboxCounts(long all, long overdue, long dueSoon, long returned) {
        this.all = all;
        this.overdue = overdue;
        this.dueSoon = dueSoon;
        this.returned = returned;
    }

    public long of(QuickFilter quick) {
        return switch (quick) {
            case ALL -> all;
            case OVERDUE -> overdue;
            case DUE_SOON -> dueSoon;
            case RETURNED -> returned;
        };
    }

    public long getAll() {
        return all;
    }

    public long getOverdue() {
        return overdue;
    }

    public long getDueSoon() {
        return dueSoon;
    }

    public long getReturned() {
        return returned;
    }

    @Override
    public String toString() {
        return "InboxCounts[all=" + all + ", overdue=" + overdue + ", dueSoon=" + dueSoon + ", returned=" + returned
                + "]";
    }
}
