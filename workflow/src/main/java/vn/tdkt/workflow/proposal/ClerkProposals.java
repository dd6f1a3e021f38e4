package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.Nominee;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.engine.ProcessKeys;

/** The clerk's use cases (cán bộ thi đua): draft, edit, submit, and resubmit after a return. */
@Stateless
public class ClerkProposals {

    @Inject
    ProposalRepository proposals;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    /** The titles a clerk may choose from. */
    public List<Title> titles() {
        return proposals.activeTitles();
    }

    /** Proposals of the actor's own unit, newest first. */
    public List<Proposal> ofMyUnit(Actor actor) {
        actor.require(Role.CLERK, Role.UNIT_LEADER);
        return proposals.ofUnit(actor.unitId());
    }

    /** One proposal with its history, if the actor may see it. */
    public Proposal read(Actor actor, long id) {
        Proposal proposal = proposals.visible(actor, id);
        proposal.getHistory().size();
        return proposal;
    }

    /** Saves a new draft for the clerk's unit and returns its id. */
    public long createDraft(Actor clerk, ProposalInput input) {
        clerk.require(Role.CLERK);
        var unit = proposals.unit(clerk.unitId());
        Proposal proposal = Proposal.draft(proposals.nextNumber(unit), unit, nominee(input),
                proposals.title(input.titleId()), input.achievementSummary(), clerk, BusinessClock.now());
        proposals.add(proposal);
        proposals.flush();
        return proposal.getId();
    }

    /** Saves changes to a draft or a returned proposal. */
    public void update(Actor clerk, long id, ProposalInput input) {
        Proposal proposal = proposals.visible(clerk, id);
        proposal.revise(nominee(input), proposals.title(input.titleId()), input.achievementSummary(), clerk,
                BusinessClock.now());
        Transitions.guarded("proposal.error.changedMeanwhile", proposal.getNumber(), proposals::flush);
    }

    /**
     * Sends a draft to the unit head: the status change and the start of process {@code commendation-proposal}
     * commit together. A second submit (a double click) is refused, so there is only ever one instance.
     */
    public void submit(Actor clerk, long id) {
        Proposal proposal = proposals.visible(clerk, id);
        proposal.submit(clerk, BusinessClock.now());
        Transitions.guarded("proposal.error.alreadySubmitted", proposal.getNumber(), proposals::flush);
        runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL, proposal.getNumber(), Map.of(
                ProcessKeys.VAR_PROPOSAL_ID, proposal.getId(),
                ProcessKeys.VAR_UNIT_CODE, proposal.getUnit().getCode()));
    }

    /** Saves the clerk's revision of a returned proposal and sends it back to the unit head. */
    public void resubmit(Actor clerk, long id, ProposalInput input) {
        Proposal proposal = proposals.visible(clerk, id);
        proposal.revise(nominee(input), proposals.title(input.titleId()), input.achievementSummary(), clerk,
                BusinessClock.now());
        proposal.resubmit(clerk, BusinessClock.now());
        Transitions.guarded("task.error.alreadyHandled", proposal.getNumber(), proposals::flush);
        Task revision = tasks.createTaskQuery()
                .processInstanceBusinessKey(proposal.getNumber())
                .taskDefinitionKey(ProcessKeys.TASK_REVISE_PROPOSAL)
                .singleResult();
        if (revision == null) {
            throw new DomainException("task.error.alreadyHandled", proposal.getNumber());
        }
        try {
            tasks.complete(revision.getId());
        } catch (OptimisticLockingException | NotFoundException completedMeanwhile) {
            throw new DomainException("task.error.alreadyHandled", proposal.getNumber());
        }
    }

    private static Nominee nominee(ProposalInput input) {
        return Nominee.of(input.nomineeName(), input.nomineePosition());
    }
}
