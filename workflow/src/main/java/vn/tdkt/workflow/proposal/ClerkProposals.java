package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.Task;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.proposal.NomineeDetails;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.eligibility.DossierJudge;
import vn.tdkt.workflow.eligibility.DossierReview;
import vn.tdkt.workflow.engine.ProcessKeys;

/**
 * The clerk's use cases (cán bộ thi đua): draft and edit a dossier, see what the rules say about it, submit it,
 * and resubmit after a return. Every submission is judged by the rule set in force on its date.
 */
@Stateless
public class ClerkProposals {

    @Inject
    ProposalRepository proposals;

    @Inject
    NomineeResolver resolver;

    @Inject
    DossierJudge judge;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    /** The titles and forms a clerk may choose from. */
    public List<Title> titles() {
        return proposals.activeTitles();
    }

    /** Movements a dossier may answer, latest first. */
    public List<Movement> movements() {
        return proposals.movements();
    }

    /** The recognised initiatives of the clerk's unit, which nominees may cite. */
    public List<Initiative> initiativesOfMyUnit(Actor actor) {
        actor.require(Role.CLERK, Role.UNIT_LEADER);
        return proposals.initiativesOf(actor.unitId());
    }

    /**
     * {@code max} of the proposals the actor may see (their unit's, and for the board's roles every unit's at the
     * board) from {@code first}, newest first, with their nominees loaded: a list page or a page of an export.
     */
    public List<Proposal> visibleTo(Actor actor, int first, int max) {
        return visibleTo(actor, ProposalOrder.NEWEST, first, max);
    }

    /** As {@link #visibleTo(Actor, int, int)}, in another order (the list page's sortable columns). */
    public List<Proposal> visibleTo(Actor actor, ProposalOrder order, int first, int max) {
        List<Proposal> found = proposals.pageVisibleTo(actor, order, first, max);
        found.forEach(p -> p.getNominees().size());
        return found;
    }

    /** How many proposals the actor may see. */
    public long countVisibleTo(Actor actor) {
        return proposals.countVisibleTo(actor);
    }

    /**
     * One page of the proposals the actor may see, newest first, with each proposal's nominees loaded;
     * {@code page} counts from 0.
     */
    public ProposalPage pageVisibleTo(Actor actor, int page, int size) {
        if (size < 1 || size > ProposalPage.MAX_SIZE) {
            throw DomainException.invalid("size", "validation.page", ProposalPage.MAX_SIZE);
        }
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            // Beyond an int the offset is no page the database can be asked for.
            throw DomainException.invalid("page", "validation.page", ProposalPage.MAX_SIZE);
        }
        return new ProposalPage(visibleTo(actor, page * size, size), page, size, proposals.countVisibleTo(actor));
    }

    /** One dossier with its nominees, files and history, if the actor may see it. */
    public Proposal read(Actor actor, long id) {
        Proposal proposal = proposals.visible(actor, id);
        proposal.getHistory().size();
        proposals.loadNominees(proposal);
        proposal.getAttachments().size();
        proposal.getAcknowledgedWarnings().size();
        return proposal;
    }

    /** Checks one nominee as the clerk enters it, before it joins the list. */
    public NomineeDetails checkNominee(Actor clerk, NomineeInput input) {
        clerk.require(Role.CLERK);
        return resolver.nominee(proposals.unit(clerk.unitId()), input, today());
    }

    /** Saves a new draft for the clerk's unit and returns its id. */
    public long createDraft(Actor clerk, ProposalInput input) {
        clerk.require(Role.CLERK);
        Unit unit = proposals.unit(clerk.unitId());
        Proposal proposal = Proposal.draft(proposals.nextNumber(unit), unit, resolver.header(input, today()),
                resolver.nominees(unit, input.nominees(), today()), clerk, BusinessClock.now());
        proposals.add(proposal);
        proposals.flush();
        return proposal.getId();
    }

    /** Saves changes to a draft or a returned proposal. */
    public void update(Actor clerk, long id, ProposalInput input) {
        Proposal proposal = proposals.visible(clerk, id);
        revise(clerk, proposal, input);
        Transitions.guarded("proposal.error.changedMeanwhile", proposal.getNumber(), proposals::flush);
    }

    /** What the rules say about the stored dossier if it were submitted today, with the file checklist. */
    public DossierReview review(Actor actor, long id) {
        return judged(proposals.visible(actor, id));
    }

    /** The rules' verdict as of today, with the nominees and their initiatives read in one go. */
    private DossierReview judged(Proposal proposal) {
        proposals.loadNominees(proposal);
        return judge.review(proposal, today());
    }

    /**
     * Sends a draft to the unit head: the rules judge it first (an error blocks; warnings need the clerk's
     * acknowledgement and are recorded), then the status change and the start of process
     * {@code commendation-proposal} commit together. A second submit (a double click) is refused.
     */
    public void submit(Actor clerk, long id, boolean acknowledgeWarnings) {
        Proposal proposal = proposals.visible(clerk, id);
        DossierReview review = judged(proposal);
        proposal.submit(clerk, BusinessClock.now(), review.getFindings(), acknowledgeWarnings);
        Transitions.guarded("proposal.error.alreadySubmitted", proposal.getNumber(), proposals::flush);
        runtime.startProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL, proposal.getNumber(), Map.of(
                ProcessKeys.VAR_PROPOSAL_ID, proposal.getId(),
                ProcessKeys.VAR_UNIT_CODE, proposal.getUnit().getCode()));
    }

    /**
     * Saves the clerk's revision of a returned proposal and, if the rules allow, sends it back: to the unit head
     * after the head's return, to the board's reception after the board's return for supplement.
     */
    public void resubmit(Actor clerk, long id, ProposalInput input, boolean acknowledgeWarnings) {
        Proposal proposal = proposals.visible(clerk, id);
        revise(clerk, proposal, input);
        proposals.flush();
        DossierReview review = judged(proposal);
        String step;
        if (proposal.getStatus() == ProposalStatus.RETURNED_FOR_SUPPLEMENT) {
            proposal.actingOnTask(ProcessKeys.TASK_SUPPLEMENT);
            proposal.supplement(clerk, BusinessClock.now(), review.getFindings(), acknowledgeWarnings);
            step = ProcessKeys.TASK_SUPPLEMENT;
        } else {
            proposal.actingOnTask(ProcessKeys.TASK_REVISE_PROPOSAL);
            proposal.resubmit(clerk, BusinessClock.now(), review.getFindings(), acknowledgeWarnings);
            step = ProcessKeys.TASK_REVISE_PROPOSAL;
        }
        Transitions.guarded("task.error.alreadyHandled", proposal.getNumber(), proposals::flush);
        Task open = tasks.createTaskQuery()
                .processInstanceBusinessKey(proposal.getNumber())
                .taskDefinitionKey(step)
                .singleResult();
        if (open == null) {
            throw new DomainException("task.error.alreadyHandled", proposal.getNumber());
        }
        try {
            tasks.complete(open.getId());
        } catch (OptimisticLockingException | NotFoundException completedMeanwhile) {
            throw new DomainException("task.error.alreadyHandled", proposal.getNumber());
        }
    }

    private void revise(Actor clerk, Proposal proposal, ProposalInput input) {
        proposal.revise(resolver.header(input, today()),
                resolver.nominees(proposal.getUnit(), input.nominees(), today()), clerk, BusinessClock.now());
    }

    private static LocalDate today() {
        return BusinessClock.now().toLocalDate();
    }
}
