package vn.tdkt.web.inbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.Inbox;
import vn.tdkt.workflow.proposal.InboxItem;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * Backing bean of {@code review.xhtml}: the unit head reads the dossier of a task and approves it or returns it
 * with a reason. A task completed meanwhile by someone else shows a clear message instead of an error page.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Inbox inbox;

    @Inject
    transient UnitHeadReview review;

    @Inject
    transient ClerkProposals clerkProposals;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    private String taskId;
    private InboxItem task;
    private Proposal proposal;
    private String comment;
    private String reason;

    public void load() {
        try {
            task = inbox.openTask(currentUser.actor(), taskId, ProcessKeys.TASK_UNIT_HEAD_REVIEW);
            proposal = clerkProposals.read(currentUser.actor(), task.getProposalId());
        } catch (DomainException e) {
            task = null;
            messages.error(e);
        }
    }

    public synchronized void approve() {
        try {
            review.approve(currentUser.actor(), taskId, comment);
            messages.info("review.approved", task.getProposalNumber());
            navigation.redirect("/app/inbox.xhtml");
        } catch (DomainException e) {
            refused(e);
        }
    }

    public synchronized void returnToClerk() {
        try {
            review.returnToClerk(currentUser.actor(), taskId, reason);
            messages.info("review.returned", task.getProposalNumber());
            navigation.redirect("/app/inbox.xhtml");
        } catch (DomainException e) {
            refused(e);
        }
    }

    /**
     * Shows why the decision was refused and the proposal as it stands now: when someone else handled the task
     * meanwhile, the decision forms disappear and the current status and history show what they did.
     */
    private void refused(DomainException e) {
        messages.error(e);
        long proposalId = task.getProposalId();
        try {
            task = inbox.openTask(currentUser.actor(), taskId, ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        } catch (DomainException gone) {
            task = null;
        }
        try {
            proposal = clerkProposals.read(currentUser.actor(), proposalId);
        } catch (DomainException notVisible) {
            proposal = null;
        }
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public InboxItem getTask() {
        return task;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
