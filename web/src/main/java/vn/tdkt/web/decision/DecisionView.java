package vn.tdkt.web.decision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
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
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.decision.DecisionRegister;
import vn.tdkt.workflow.decision.DecisionSigning;
import vn.tdkt.workflow.decision.DecisionSigning.TokenSession;
import vn.tdkt.workflow.decision.Revocations;
import vn.tdkt.workflow.decision.Revocations.AwardOfDecision;
import vn.tdkt.workflow.signature.PdfSignatureReport;

/**
 * Backing bean of {@code decision.xhtml}: one decision with its annex, totals and those left out, its files and
 * their digital signatures, its revocations, and the signing and revocation forms for the body that decided. View
 * scoped, so that the forms' posts know their decision (a request-scoped bean would not have it yet when Faces
 * decides whether a form is there to post to); the decision itself is kept only by its id and read again after
 * the view was stored.
 */
@Named
@ViewScoped
public class DecisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionRegister register;

    @Inject
    Revocations revocations;

    @Inject
    DecisionSigning signing;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private String idParam;
    private Long decisionId;
    private transient Decision decision;
    private List<Long> revokedAwards = new ArrayList<>();
    private String revocationReason;
    private transient TokenSession tokenSession;
    private transient List<PdfSignatureReport> signatures;

    /** Loads the decision; one the user may not read, a missing id and a malformed one all read "not found". */
    public void load() {
        Long id = ProposalIdParam.parse(idParam);
        if (id == null) {
            messages.error(null, "decision.error.notFound");
            return;
        }
        try {
            decision = register.read(currentUser.actor(), id);
            decisionId = id;
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

    /** Signs the document with the organisation's certificate (the configured keystore or token). */
    public void signAsOrganisation() {
        Decision shown = getDecision();
        if (shown == null) {
            return;
        }
        try {
            signing.signAsOrganisation(currentUser.actor(), shown.getId());
            messages.info("signature.signed");
            navigation.redirect("/app/decision.xhtml?id=" + shown.getId());
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /** Opens a session for the signer's USB token: the page then shows the service's two one-time addresses. */
    public void startTokenSigning() {
        Decision shown = getDecision();
        if (shown == null) {
            return;
        }
        try {
            tokenSession = signing.startTokenSigning(currentUser.actor(), shown.getId());
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /** Where the signer's PC reaches the application ({@code TDKT_BASE_URL}, else this request's address). */
    public String getPublicRoot() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return Settings.publicUrl().orElseGet(() -> request.getRequestURL().toString().replaceAll(
                "/app/decision\\.xhtml.*$", ""));
    }

    public TokenSession getTokenSession() {
        return tokenSession;
    }

    /** The signatures on the stored document, read by the independent validator; empty while unsigned. */
    public List<PdfSignatureReport> getSignatures() {
        Decision shown = getDecision();
        if (signatures == null) {
            // Once per request: validating a signed PDF takes a while, and the page asks in several places.
            signatures = shown == null ? List.of() : signing.signatures(currentUser.actor(), shown.getId());
        }
        return signatures;
    }

    public boolean isMaySign() {
        Decision shown = getDecision();
        return shown != null && shown.getStatus() != DecisionStatus.REVOKED && signing.maySign(currentUser.actor(),
                shown);
    }

    public Decision getDecision() {
        if (decision == null && decisionId != null) {
            decision = register.read(currentUser.actor(), decisionId);
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
