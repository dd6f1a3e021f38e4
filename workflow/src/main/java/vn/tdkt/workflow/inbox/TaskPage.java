package vn.tdkt.workflow.inbox;

import java.util.List;

/** One page of a user's open tasks (trang hộp công việc) and how many there are in all. */
public record TaskPage(List<InboxItem> tasks, int page, int size, long total) {

    /** Tasks per page when the caller does not say. */
    public static final int DEFAULT_SIZE = 20;

    /** The largest page a caller may ask for, so that one request cannot read a whole board's inbox. */
    public static final int MAX_SIZE = 100;

    public TaskPage {
        tasks = List.copyOf(tasks);
    }
}
