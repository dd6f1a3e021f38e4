package vn.tdkt.web.proposal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.proposal.ClerkProposals;

/** Backing bean of {@code proposal.xhtml}: the dossier, its status and its full history, read-only. */
@Named
@RequestScoped
public class ProposalDetailView {

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String idParam;
    private Proposal proposal;

    /** Loads the proposal; another unit's id, a missing id and a malformed one all read "not found". */
    public void load() {
        Long id = ProposalIdParam.parse(idParam);
        if (id == null) {
            messages.error(null, "proposal.error.notFound");
            return;
        }
        try {
            proposal = clerkProposals.read(currentUser.actor(), id);
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public boolean isEditableByMe() {
        return proposal != null && proposal.getStatus().editable() && currentUser.isClerk();
    }
}
