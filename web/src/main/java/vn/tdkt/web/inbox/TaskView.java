package vn.tdkt.web.inbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.board.Appraisals;
import vn.tdkt.workflow.board.BoardReception;
import vn.tdkt.workflow.board.CentralLevel;
import vn.tdkt.workflow.board.CouncilVotes;
import vn.tdkt.workflow.board.Decisions;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.design.DiagramCatalog;
import vn.tdkt.workflow.eligibility.DossierReview;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.OpenTask;
import vn.tdkt.workflow.proposal.OpenTasks;
import vn.tdkt.workflow.proposal.Opinions;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * Backing bean of {@code task.xhtml}: one open task with the whole dossier and the form of its step — the unit
 * head's review, the council's ballot, the board's reception, appraisal and public notice, the decision. Each
 * action names its outcome and returns to the inbox; a task handled meanwhile by someone else shows the clear
 * message and the dossier as it now stands, without the forms.
 */
@Named
@ViewScoped
public class TaskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenTasks openTasks;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    UnitHeadReview unitHead;

    @Inject
    CouncilVotes councilVotes;

    @Inject
    BoardReception reception;

    @Inject
    Appraisals appraisals;

    @Inject
    Decisions decisions;

    @Inject
    CentralLevel central;

    @Inject
    Opinions opinions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private String taskId;
    private OpenTask task;
    private Proposal proposal;
    private DossierReview review;
    private final TaskForm form = new TaskForm();

    public void load() {
        try {
            task = openTasks.find(currentUser.actor(), taskId);
            if (ProcessKeys.TASK_REVISE_PROPOSAL.equals(task.getStep())
                    || ProcessKeys.TASK_SUPPLEMENT.equals(task.getStep())) {
                // The clerk's steps are the dossier form itself.
                navigation.redirect("/app/proposal-edit.xhtml?id=" + task.getProposalId());
                return;
            }
            proposal = clerkProposals.read(currentUser.actor(), task.getProposalId());
            review = clerkProposals.review(currentUser.actor(), task.getProposalId());
            form.prepare(proposal, currentUser.actor().fullName(), BusinessClock.now().toLocalDate());
        } catch (DomainException e) {
            task = null;
            messages.error(e);
        }
    }

    public synchronized void approve() {
        act("review.approved", () -> unitHead.approve(currentUser.actor(), taskId, form.getComment()));
    }

    public synchronized void returnToClerk() {
        act("review.returned", () -> unitHead.returnToClerk(currentUser.actor(), taskId, form.getReason()));
    }

    public synchronized void reject() {
        act("review.rejected", () -> unitHead.reject(currentUser.actor(), taskId, form.getReason()));
    }

    public synchronized void recordVote() {
        act(() -> councilVotes.record(currentUser.actor(), taskId, form.getMembers(), form.getPresent(),
                form.getAgree(), form.getDisagree(), form.getAbstain()) ? "vote.carried" : "vote.failed");
    }

    public synchronized void accept() {
        act("reception.accepted", () -> reception.accept(currentUser.actor(), taskId));
    }

    public synchronized void returnForSupplement() {
        act("reception.returned", () -> reception.returnForSupplement(currentUser.actor(), taskId,
                form.getReason()));
    }

    public synchronized void refuseAtReception() {
        act("reception.refused", () -> reception.refuse(currentUser.actor(), taskId, form.getReason()));
    }

    public synchronized void proposeForDecision() {
        act("appraisal.proposed", () -> appraisals.propose(currentUser.actor(), taskId, form.getComment()));
    }

    public synchronized void refuseAfterAppraisal() {
        act("appraisal.refused", () -> appraisals.refuse(currentUser.actor(), taskId, form.getReason()));
    }

    public synchronized void recordPublicNotice() {
        act("notice.recorded", () -> appraisals.recordPublicNotice(currentUser.actor(), taskId,
                form.getNoticeComments()));
    }

    /** Issues the decision (its number from the body's book) and opens it, to download and sign. */
    public synchronized void decide() {
        if (task == null) {
            messages.error(null, "task.error.alreadyHandled", "");
            return;
        }
        try {
            long decision = decisions.decide(currentUser.actor(), taskId, form.getDecisionDate(), form.getSigner(),
                    new HashSet<>(form.getApproved()), form.getLeftOutReason());
            messages.info("decision.signed", proposal.getNumber());
            navigation.redirect("/app/decision.xhtml?id=" + decision);
        } catch (DomainException e) {
            refused(e);
        }
    }

    /** Signs the province's tờ trình to the central level for this state-level dossier. */
    public synchronized void sendUp() {
        act("decision.sentUp", () -> central.sendUp(currentUser.actor(), List.of(taskId)));
    }

    /** Records the central decision as it arrived. */
    public synchronized void recordCentralDecision() {
        act("decision.centralRecorded", () -> central.recordDecision(currentUser.actor(), taskId,
                form.getDecisionNumber(), form.getDecisionDate(), form.getSigner(), form.getIssuer(),
                new HashSet<>(form.getApproved())));
    }

    /** Records that the central level did not commend, with the reason its answer gives. */
    public synchronized void refuseCentrally() {
        act("decision.refused", () -> central.recordRefusal(currentUser.actor(), taskId, form.getReason()));
    }

    /** Whether the dossier holds a form decided above the province: the approver sends it up. */
    public boolean isStateLevel() {
        return proposal != null && proposal.stateLevel();
    }

    public synchronized void refuseDecision() {
        act("decision.refused", () -> decisions.refuse(currentUser.actor(), taskId, form.getReason()));
    }

    public synchronized void agree() {
        act("opinion.given", () -> opinions.give(currentUser.actor(), taskId, true, form.getOpinion()));
    }

    public synchronized void disagree() {
        act("opinion.given", () -> opinions.give(currentUser.actor(), taskId, false, form.getOpinion()));
    }

    /** Whether the step asks for an opinion (a step an administrator added with the opinion form). */
    public boolean isOpinionStep() {
        return task != null && DiagramCatalog.OPINION_FORM.equals(task.getFormKey());
    }

    private void act(String doneKey, Runnable action) {
        act(() -> {
            action.run();
            return doneKey;
        });
    }

    /** Runs the step's action; on success tells its outcome and goes back to the inbox, else explains. */
    private void act(Supplier<String> action) {
        if (task == null) {
            messages.error(null, "task.error.alreadyHandled", "");
            return;
        }
        try {
            String doneKey = action.get();
            messages.info(doneKey, proposal.getNumber());
            navigation.redirect("/app/inbox.xhtml");
        } catch (DomainException e) {
            refused(e);
        }
    }

    /**
     * Shows why the action was refused and the proposal as it stands now: when someone else handled the task
     * meanwhile, the forms disappear and the current status and history show what they did.
     */
    private void refused(DomainException e) {
        messages.error(e);
        long proposalId = task.getProposalId();
        try {
            task = openTasks.find(currentUser.actor(), taskId);
        } catch (DomainException gone) {
            task = null;
        }
        try {
            proposal = clerkProposals.read(currentUser.actor(), proposalId);
        } catch (DomainException notVisible) {
            proposal = null;
        }
    }

    /** Which form the page shows: the task's step, or nothing once the task is gone. */
    public String getStep() {
        return task == null ? "" : task.getStep();
    }

    /** Whether the board may still return the dossier for supplement (first reception only). */
    public boolean isFirstReception() {
        return ProcessKeys.TASK_RECEPTION.equals(getStep());
    }

    public boolean isOverdue() {
        return task != null && task.overdueAt(BusinessClock.now());
    }

    public List<ProposalNominee> getNominees() {
        return proposal == null ? List.of() : new ArrayList<>(proposal.getNominees());
    }

    public LocalDate getToday() {
        return BusinessClock.now().toLocalDate();
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public OpenTask getTask() {
        return task;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public DossierReview getReview() {
        return review;
    }

    public TaskForm getForm() {
        return form;
    }
}
