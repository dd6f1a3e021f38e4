package vn.tdkt.web.inbox;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.tdkt.workflow.inbox.InboxItem;
import vn.tdkt.workflow.inbox.TaskPage;

/**
 * The inbox table's rows, one page at a time from the database: the table asks for the row count (the quick
 * filter's count) and then for the page it shows; filtering and order come from the page's filter bar.
 */
final class InboxTasks extends LazyDataModel<InboxItem> {

    private static final long serialVersionUID = 1L;

    private final InboxView view;
    private List<InboxItem> page = List.of();

    InboxTasks(InboxView view) {
        this.view = view;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) view.getCounts().of(view.getFilter().getQuick());
    }

    /** The page size comes from the request: never more than the API's largest page. */
    @Override
    public List<InboxItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        page = view.inbox().page(view.actor(), view.getFilter(), Math.max(0, first),
                Math.max(1, Math.min(pageSize, TaskPage.MAX_SIZE)));
        return page;
    }

    @Override
    public String getRowKey(InboxItem item) {
        return item.getTaskId();
    }

    @Override
    public InboxItem getRowData(String rowKey) {
        return page.stream().filter(item -> item.getTaskId().equals(rowKey)).findFirst().orElse(null);
    }
}
