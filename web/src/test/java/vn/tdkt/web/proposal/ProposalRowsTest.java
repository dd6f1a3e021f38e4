package vn.tdkt.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tdkt.workflow.proposal.ProposalOrder;

/** The proposals table sorts in the database by the column clicked, and only by a column it knows. */
class ProposalRowsTest {

    private static ProposalOrder order(String field, SortOrder order) {
        return ProposalRows.order(Map.of(field, SortMeta.builder().field(field).order(order).build()));
    }

    @Test
    void eachSortableColumnHasItsOrderAndAnythingElseIsNewestFirst() {
        assertThat(ProposalRows.order(Map.of())).isEqualTo(ProposalOrder.NEWEST);
        assertThat(ProposalRows.order(null)).isEqualTo(ProposalOrder.NEWEST);
        assertThat(order("number", SortOrder.ASCENDING)).isEqualTo(ProposalOrder.NUMBER);
        assertThat(order("number", SortOrder.DESCENDING)).isEqualTo(ProposalOrder.NUMBER_DESCENDING);
        assertThat(order("leadNominee.name", SortOrder.ASCENDING)).isEqualTo(ProposalOrder.NOMINEE);
        assertThat(order("leadNominee.name", SortOrder.DESCENDING)).isEqualTo(ProposalOrder.NOMINEE_DESCENDING);
        assertThat(order("createdAt", SortOrder.ASCENDING)).isEqualTo(ProposalOrder.OLDEST);
        assertThat(order("createdAt", SortOrder.DESCENDING)).isEqualTo(ProposalOrder.NEWEST);
        assertThat(order("number", SortOrder.UNSORTED)).isEqualTo(ProposalOrder.NEWEST);
        assertThat(order("status; delete from proposal", SortOrder.ASCENDING)).isEqualTo(ProposalOrder.NEWEST);
    }
}
