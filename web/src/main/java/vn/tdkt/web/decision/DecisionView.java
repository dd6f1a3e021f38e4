package vn.tdkt.web.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.proposal.ProposalIdParam;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.certificate.Certificates;
import vn.tdkt.workflow.decision.DecisionRegister;

/** Backing bean of {@code decision.xhtml}: one decision with its annex, totals and those left out. */
@Named
@RequestScoped
public class DecisionView {

    @Inject
    DecisionRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String idParam;
    private Decision decision;

    /** Loads the decision; one the user may not read, a missing id and a malformed one all read "not found". */
    public void load() {
        Long id = ProposalIdParam.parse(idParam);
        if (id == null) {
            messages.error(null, "decision.error.notFound");
            return;
        }
        try {
            decision = register.read(currentUser.actor(), id);
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

    public Decision getDecision() {
        return decision;
    }

    /** The titles and forms whose certificates the user may print, once each. */
    public List<Title> getPrintableTitles() {
        if (decision == null || !Certificates.mayPrint(currentUser.actor(), decision)) {
            return List.of();
        }
        return decision.annex().stream().map(Decision.AnnexGroup::title).distinct().toList();
    }
}
