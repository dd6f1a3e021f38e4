package vn.tdkt.web.proposal;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.workflow.proposal.ProposalOrder;
import vn.tdkt.workflow.proposal.ProposalPage;

/**
 * The proposals table's rows, one page at a time from the database (for the board, the whole province's dossiers at
 * the board would otherwise be read on every visit), sorted there by the column the user clicked.
 */
final class ProposalRows extends LazyDataModel<Proposal> {

    private static final long serialVersionUID = 1L;

    private final ProposalListView view;
    private List<Proposal> page = List.of();

    ProposalRows(ProposalListView view) {
        this.view = view;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, view.clerkProposals().countVisibleTo(view.actor()));
    }

    /** The page size comes from the request: never more than the API's largest page. */
    @Override
    public List<Proposal> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        page = view.clerkProposals().visibleTo(view.actor(), order(sortBy), Math.max(0, first),
                Math.max(1, Math.min(pageSize, ProposalPage.MAX_SIZE)));
        return page;
    }

    /** The sort fields are named after the columns' {@code sortBy} expressions; anything else is newest first. */
    static ProposalOrder order(Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        if (sort == null || sort.getOrder() == null || sort.getOrder() == SortOrder.UNSORTED) {
            return ProposalOrder.NEWEST;
        }
        boolean descending = sort.getOrder() == SortOrder.DESCENDING;
        return switch (String.valueOf(sort.getField())) {
            case "number" -> descending ? ProposalOrder.NUMBER_DESCENDING : ProposalOrder.NUMBER;
            case "leadNominee", "leadNominee.name" ->
                descending ? ProposalOrder.NOMINEE_DESCENDING : ProposalOrder.NOMINEE;
            case "createdAt" -> descending ? ProposalOrder.NEWEST : ProposalOrder.OLDEST;
            default -> ProposalOrder.NEWEST;
        };
    }

    @Override
    public String getRowKey(Proposal proposal) {
        return String.valueOf(proposal.getId());
    }

    @Override
    public Proposal getRowData(String rowKey) {
        return page.stream().filter(p -> String.valueOf(p.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
