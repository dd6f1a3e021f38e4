package vn.tdkt.web.diagram;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.diagram.InstanceDiagram;
import vn.tdkt.workflow.diagram.ProcessDiagram;

/**
 * The process diagram section of the dossier include ({@code WEB-INF/includes/dossier.xhtml}), which every page
 * showing a dossier shares; a bean of its own so that those pages' beans need not each carry it. The image itself
 * comes from {@link ProcessDiagramServlet}; this bean says whether there is one and what it shows, for the
 * image's alternative text. Asked once per proposal and request.
 */
@Named
@RequestScoped
public class DossierDiagram {

    @Inject
    ProcessDiagram diagrams;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private final Map<Long, Optional<InstanceDiagram.Drawing>> drawings = new HashMap<>();

    /** Whether the proposal has a process instance (a draft has none) the user may see. */
    public boolean has(Proposal proposal) {
        return drawing(proposal).isPresent();
    }

    /** The image's alternative text: the current step, or that the process has ended. */
    public String alt(Proposal proposal) {
        return drawing(proposal).map(d -> d.ended() || d.currentStepNames().isEmpty()
                ? messages.text("dossier.diagram.altEnded")
                : messages.text("dossier.diagram.alt", String.join(", ", d.currentStepNames())))
                .orElse("");
    }

    private Optional<InstanceDiagram.Drawing> drawing(Proposal proposal) {
        if (proposal == null || proposal.getId() == null) {
            return Optional.empty();
        }
        return drawings.computeIfAbsent(proposal.getId(), id -> {
            try {
                return diagrams.of(currentUser.actor(), id);
            } catch (DomainException notVisible) {
                return Optional.empty();
            }
        });
    }
}
