package vn.tdkt.workflow.proposal;

import java.util.List;
import vn.tdkt.domain.proposal.Proposal;

/** One page of a unit's proposals (trang danh sách hồ sơ) and how many there are in all. */
public record ProposalPage(List<Proposal> proposals, int page, int size, long total) {

    /** The largest page a caller may ask for, so that one request cannot read a unit's whole history. */
    public static final int MAX_SIZE = 100;

    public ProposalPage {
        proposals = List.copyOf(proposals);
    }
}
