package vn.tdkt.web.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.ProposalInput;

/**
 * Backing bean of {@code proposal-edit.xhtml}: the clerk writes a new proposal or changes a draft or a returned
 * one, saves it, and submits (or resubmits) it to the unit head.
 */
@Named
@ViewScoped
public class ProposalEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClerkProposals clerkProposals;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    /** The {@code id} view parameter as typed; empty for a new proposal. */
    private String idParam;
    private Long id;
    private String number;
    private String returnReason;
    private boolean returned;
    private boolean editable = true;

    private String nomineeName;
    private String nomineePosition;
    private Long titleId;
    private String achievementSummary;
    private List<Title> titles;

    /** Loads the proposal named by the view parameter; an id the clerk may not see shows "not found". */
    public void load() {
        titles = clerkProposals.titles();
        if (idParam == null || idParam.isBlank()) {
            return;
        }
        id = ProposalIdParam.parse(idParam);
        try {
            Proposal proposal = read();
            number = proposal.getNumber();
            nomineeName = proposal.getNominee().getFullName();
            nomineePosition = proposal.getNominee().getPosition();
            titleId = proposal.getTitle().getId();
            achievementSummary = proposal.getAchievementSummary();
            returnReason = proposal.getReturnReason();
            returned = proposal.getStatus() == ProposalStatus.RETURNED;
            editable = proposal.getStatus().editable();
        } catch (DomainException e) {
            id = null;
            editable = false;
            messages.error(e);
        }
    }

    private Proposal read() {
        if (id == null) {
            throw new DomainException("proposal.error.notFound");
        }
        return clerkProposals.read(currentUser.actor(), id);
    }

    /** Saves the draft and stays on the form. */
    public synchronized void save() {
        try {
            persist();
            messages.info("proposal.saved", number);
            navigation.redirect("/app/proposal-edit.xhtml?id=" + id);
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /**
     * Saves, then sends the proposal to the unit head (or back to them after a return). Synchronized with
     * {@link #save()}: a double click posts twice to this one view bean, and the second post must see the
     * first one's proposal (and be refused as already submitted) rather than create another.
     */
    public synchronized void submit() {
        try {
            if (returned) {
                clerkProposals.resubmit(currentUser.actor(), id, input());
                messages.info("proposal.resubmitted", number);
            } else {
                persist();
                clerkProposals.submit(currentUser.actor(), id);
                messages.info("proposal.submitted", number);
            }
            navigation.redirect("/app/proposal.xhtml?id=" + id);
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    private void persist() {
        if (id == null) {
            id = clerkProposals.createDraft(currentUser.actor(), input());
            number = clerkProposals.read(currentUser.actor(), id).getNumber();
        } else {
            clerkProposals.update(currentUser.actor(), id, input());
        }
    }

    private ProposalInput input() {
        return new ProposalInput(nomineeName, nomineePosition, titleId, achievementSummary);
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getNumber() {
        return number;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public boolean isReturned() {
        return returned;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public void setNomineeName(String nomineeName) {
        this.nomineeName = nomineeName;
    }

    public String getNomineePosition() {
        return nomineePosition;
    }

    public void setNomineePosition(String nomineePosition) {
        this.nomineePosition = nomineePosition;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public String getAchievementSummary() {
        return achievementSummary;
    }

    public void setAchievementSummary(String achievementSummary) {
        this.achievementSummary = achievementSummary;
    }

    public List<Title> getTitles() {
        return titles;
    }
}
