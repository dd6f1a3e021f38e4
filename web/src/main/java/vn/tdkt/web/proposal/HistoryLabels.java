package vn.tdkt.web.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.workflow.board.ProcessActions;
import vn.tdkt.workflow.proposal.HistoryColumns;

/**
 * Bundle keys and names for a line of a proposal's history, for the timeline of the dossier include and the audit
 * export alike, so that both show the same role and actor.
 */
@Named
@ApplicationScoped
public class HistoryLabels {

    @Inject
    Messages texts;

    /** The bundle key of the role the actor acted in, or null when it is not known. */
    public String roleKey(ProposalEvent event) {
        Role role = HistoryColumns.roleOf(event);
        return role == null ? null : "role." + role;
    }

    /** The actor's full name, or the username for an account without one. */
    public static String actor(ProposalEvent event) {
        String name = event.getActorName();
        return name == null || name.isBlank() ? event.getActorUsername() : name;
    }

    /** The actor's full name with the username in brackets (two people may share a name), or the username. */
    public static String actorWithUsername(ProposalEvent event) {
        String name = actor(event);
        return name.equals(event.getActorUsername()) ? name : name + " (" + event.getActorUsername() + ")";
    }

    /** Whether the username is worth showing beside the name (it is the name when there is no full name). */
    public boolean showsUsername(ProposalEvent event) {
        return !actorName(event).equals(event.getActorUsername())
                && !ProcessActions.SYSTEM_USERNAME.equals(event.getActorUsername());
    }

    /** The actor's name for the timeline; the process itself (an expired deadline) in the page's language. */
    public String actorName(ProposalEvent event) {
        return ProcessActions.SYSTEM_USERNAME.equals(event.getActorUsername()) ? texts.text("history.system")
                : actor(event);
    }
}
