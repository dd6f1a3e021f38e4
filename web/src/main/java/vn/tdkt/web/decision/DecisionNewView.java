package vn.tdkt.web.decision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.board.CentralLevel;
import vn.tdkt.workflow.board.Decisions;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.decision.DecisionDraft;
import vn.tdkt.workflow.decision.WaitingDossiers;
import vn.tdkt.workflow.decision.WaitingDossiers.WaitingDossier;
import vn.tdkt.workflow.decision.WaitingDossiers.WaitingNominee;

/**
 * Backing bean of {@code decision-new.xhtml}: a decision over several dossiers waiting for the same body. The
 * approver ticks the dossiers, then sees their nominees (all commended unless one is left out with a reason), the
 * date, the signer and the subject; the number comes from the body's book when the decision is issued.
 */
@Named
@ViewScoped
public class DecisionNewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WaitingDossiers waiting;

    @Inject
    Decisions decisions;

    @Inject
    CentralLevel central;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private List<WaitingDossier> dossiers;
    private final Map<String, Boolean> chosen = new HashMap<>();
    private final Map<Long, Boolean> leftOut = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private boolean composing;
    private LocalDate date;
    private String subject;
    private String signer;
    private String signingAuthority;

    public void load() {
        if (dossiers == null) {
            dossiers = waiting.of(currentUser.actor(), locale());
            date = BusinessClock.now().toLocalDate();
            signer = currentUser.actor().fullName();
        }
    }

    /** From the dossiers ticked to the nominees and the decision's lines. */
    public void compose() {
        if (getChosenDossiers().isEmpty()) {
            messages.error(null, "decision.error.noDossier");
            return;
        }
        composing = true;
    }

    public void back() {
        composing = false;
    }

    public void issue() {
        Map<Long, String> left = new HashMap<>();
        for (WaitingDossier dossier : getChosenDossiers()) {
            for (WaitingNominee nominee : dossier.nominees()) {
                if (Boolean.TRUE.equals(leftOut.get(nominee.id()))) {
                    String reason = reasons.get(nominee.id());
                    left.put(nominee.id(), reason == null ? "" : reason);
                }
            }
        }
        try {
            long id = decisions.decideTogether(currentUser.actor(), new DecisionDraft(getChosenDossiers().stream()
                    .map(WaitingDossier::taskId).toList(), left, date, subject, signer,
                    blankToNull(
                            signingAuthority)));
            messages.info("decision.issued");
            navigation.redirect("/app/decision.xhtml?id=" + id);
        } catch (DomainException e) {
            messages.error(e);
            dossiers = waiting.of(currentUser.actor(), locale());
        }
    }

    /** Sends the chosen state-level dossiers up under one tờ trình of the province. */
    public void sendUp() {
        List<WaitingDossier> chosenDossiers = getChosenDossiers();
        if (chosenDossiers.isEmpty()) {
            messages.error(null, "decision.error.noDossier");
            return;
        }
        try {
            String letter = central.sendUp(currentUser.actor(), chosenDossiers.stream().map(WaitingDossier::taskId)
                    .toList());
            messages.info("decision.sentUpTogether", letter);
            navigation.redirect("/app/decisions.xhtml");
        } catch (DomainException e) {
            messages.error(e);
            dossiers = waiting.of(currentUser.actor(), locale());
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public List<WaitingDossier> getChosenDossiers() {
        List<WaitingDossier> result = new ArrayList<>();
        for (WaitingDossier dossier : dossiers == null ? List.<WaitingDossier>of() : dossiers) {
            if (Boolean.TRUE.equals(chosen.get(dossier.taskId()))) {
                result.add(dossier);
            }
        }
        return result;
    }

    public List<WaitingDossier> getDossiers() {
        return dossiers;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public Map<Long, Boolean> getLeftOut() {
        return leftOut;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public boolean isComposing() {
        return composing;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getSigningAuthority() {
        return signingAuthority;
    }

    public void setSigningAuthority(String signingAuthority) {
        this.signingAuthority = signingAuthority;
    }
}
