package vn.tdkt.workflow.bloc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.organisation.UserDirectory;

/** The bloc review process's service task: {@code ${blocActions.propose(execution)}}. */
@Named("blocActions")
@ApplicationScoped
public class BlocActions {

    @Inject
    BlocProposals proposals;

    @Inject
    UserDirectory users;

    /** Creates the year-end proposals in the name of the clerk who recorded the ballot. */
    public void propose(DelegateExecution execution) {
        String username = (String) execution.getVariable(BlocKeys.VAR_RECORDED_BY);
        Actor clerk = users.actorFor(username).orElseThrow(() -> new DomainException("error.forbidden"));
        proposals.create(clerk, ((Number) execution.getVariable(BlocKeys.VAR_REVIEW_ID)).longValue());
    }
}
