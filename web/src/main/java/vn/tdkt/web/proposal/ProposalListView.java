package vn.tdkt.web.proposal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.proposal.ClerkProposals;

/** Backing bean of {@code proposals.xhtml}: the proposals of the user's own unit. */
@Named
@RequestScoped
public class ProposalListView {

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    CurrentUser currentUser;

    private List<Proposal> proposals;

    @PostConstruct
    void init() {
        proposals = clerkProposals.visibleTo(currentUser.actor());
    }

    public List<Proposal> getProposals() {
        return proposals;
    }
}
