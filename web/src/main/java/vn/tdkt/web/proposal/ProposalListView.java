package vn.tdkt.web.proposal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.proposal.ClerkProposals;

/** Backing bean of {@code proposals.xhtml}: the proposals the user may see, paged and sorted in the database. */
@Named
@ViewScoped
public class ProposalListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    CurrentUser currentUser;

    private ProposalRows proposals;

    @PostConstruct
    void init() {
        proposals = new ProposalRows(this);
    }

    ClerkProposals clerkProposals() {
        return clerkProposals;
    }

    Actor actor() {
        return currentUser.actor();
    }

    public LazyDataModel<Proposal> getProposals() {
        return proposals;
    }
}
