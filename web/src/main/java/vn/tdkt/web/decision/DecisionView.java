package vn.tdkt.web.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.decision.DecisionStatus;
import vn.tdkt.domain.decision.Revocation;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.proposal.ProposalIdParam;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.certificate.Certificates;
import vn.tdkt.workflow.decision.DecisionRegister;
import vn.tdkt.workflow.decision.Revocations;
import vn.tdkt.workflow.decision.Revocations.AwardOfDecision;

/**
 * Backing bean of {@code decision.xhtml}: one decision with its annex, totals and those left out, its files, its
 * revocations, and the revocation form for the body that decided. Request scoped: the decision is read again on a
 * post (the id travels as the view parameter), so nothing of it is held between requests.
 */
@Named
@RequestScoped
public class DecisionView {

    @Inject
    DecisionRegister register;

    @Inject
    Revocations revocations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private String idParam;
    private Decision decision;
    private List<Long> revokedAwards = new ArrayList<>();
    private String revocationReason;

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

    /** Revokes the awards ticked, for the reason, and shows the decision again. */
    public void revoke() {
        Decision shown = getDecision();
        if (shown == null) {
            return;
        }
        try {
            revocations.revoke(currentUser.actor(), shown.getId(), new HashSet<>(revokedAwards), revocationReason);
            messages.info("revocation.done");
            navigation.redirect("/app/decision.xhtml?id=" + shown.getId());
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public Decision getDecision() {
        if (decision == null && ProposalIdParam.parse(idParam) != null) {
            load();
        }
        return decision;
    }

    /** The titles and forms whose certificates the user may print, once each. */
    public List<Title> getPrintableTitles() {
        Decision shown = getDecision();
        if (shown == null || !Certificates.mayPrint(currentUser.actor(), shown)) {
            return List.of();
        }
        return shown.annex().stream().map(Decision.AnnexGroup::title).distinct().toList();
    }

    /** Whether the user may revoke: the approver the province's decisions, a unit's head the unit's own. */
    public boolean isMayRevoke() {
        Decision shown = getDecision();
        if (shown == null || shown.getStatus() == DecisionStatus.REVOKED) {
            return false;
        }
        return shown.getIssuer().getUnit() == null ? currentUser.actor().hasRole(Role.APPROVER)
                : currentUser.actor().hasRole(Role.UNIT_LEADER) && currentUser.actor().belongsTo(shown.getIssuer()
                        .getUnit());
    }

    public List<AwardOfDecision> getAwards() {
        Decision shown = getDecision();
        return shown == null ? List.of() : revocations.awardsOf(currentUser.actor(), shown.getId());
    }

    public List<Revocation> getRevocations() {
        Decision shown = getDecision();
        return shown == null ? List.of() : revocations.of(currentUser.actor(), shown.getId());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public List<Long> getRevokedAwards() {
        return revokedAwards;
    }

    public void setRevokedAwards(List<Long> revokedAwards) {
        this.revokedAwards = revokedAwards;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public void setRevocationReason(String revocationReason) {
        this.revocationReason = revocationReason;
    }
}
