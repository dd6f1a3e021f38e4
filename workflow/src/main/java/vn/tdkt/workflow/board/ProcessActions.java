package vn.tdkt.workflow.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.notification.Notifier;

/**
 * What the diagram's service tasks do ({@code ${processActions.…}}), inside the engine's transaction: the
 * decision's register lines are already stored by {@link Decisions}; here the people concerned are told.
 */
@Named("processActions")
@ApplicationScoped
public class ProcessActions {

    /** Who acts when a deadline passes: the process itself (pages show it as "the system" in their language). */
    public static final String SYSTEM_USERNAME = "system";

    private static final Function<Proposal, Actor> SYSTEM = proposal -> new Actor(0L,
            SYSTEM_USERNAME, SYSTEM_USERNAME, proposal.getUnit().getId(), proposal.getUnit().getCode(),
            Set.of());

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    Notifier notifier;

    public void recordDecision(DelegateExecution execution) {
        notifier.outcome(proposal(execution));
    }

    public void notifyNotCommended(DelegateExecution execution) {
        notifier.outcome(proposal(execution));
    }

    /** The clerk did not supplement by the deadline: the dossier ends at the board and the unit hears why. */
    public void supplementExpired(DelegateExecution execution) {
        Proposal proposal = proposal(execution);
        proposal.expireSupplement(SYSTEM.apply(proposal), BusinessClock.now());
        notifier.outcome(proposal);
    }

    public void remind(DelegateExecution execution) {
        notifier.appraisalReminder(proposal(execution));
    }

    public void escalate(DelegateExecution execution) {
        notifier.appraisalOverdue(proposal(execution));
    }

    private Proposal proposal(DelegateExecution execution) {
        Object id = execution.getVariable(ProcessKeys.VAR_PROPOSAL_ID);
        return em.find(Proposal.class, ((Number) id).longValue());
    }
}
