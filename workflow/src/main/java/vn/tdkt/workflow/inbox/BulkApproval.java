package vn.tdkt.workflow.inbox;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.board.BoardReception;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * Approving several simple tasks at once (duyệt nhiều hồ sơ): the unit head's review and the board's reception,
 * which need no further input. Runs outside any transaction and calls the step's own use case for each task, so
 * that each approval commits or fails on its own: one dossier handled meanwhile does not undo the others, and is
 * reported with its reason.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkApproval {

    private static final Logger LOG = Logger.getLogger(BulkApproval.class.getName());

    @Inject
    UnitHeadReview review;

    @Inject
    BoardReception reception;

    /** Approves each selected task in turn; the outcome counts the successes and lists each failure. */
    public BulkOutcome approve(Actor actor, List<InboxItem> selected) {
        int approved = 0;
        List<BulkOutcome.Failure> failures = new ArrayList<>();
        for (InboxItem task : selected) {
            try {
                approveOne(actor, task);
                approved++;
            } catch (DomainException refused) {
                failures.add(new BulkOutcome.Failure(task.getProposalNumber(), refused.messageKey(),
                        Arrays.asList(refused.arguments())));
            } catch (EJBException | IllegalStateException unexpected) {
                LOG.log(Level.WARNING, "Bulk approval of task " + task.getTaskId() + " failed", unexpected);
                failures.add(new BulkOutcome.Failure(task.getProposalNumber(), "error.unexpected", List.of()));
            }
        }
        return new BulkOutcome(approved, failures);
    }

    private void approveOne(Actor actor, InboxItem task) {
        switch (task.getTaskKey()) {
            case ProcessKeys.TASK_UNIT_HEAD_REVIEW -> review.approve(actor, task.getTaskId(), null);
            case ProcessKeys.TASK_RECEPTION, ProcessKeys.TASK_RECEPTION_AFTER_SUPPLEMENT ->
                reception.accept(actor, task.getTaskId());
            default -> throw new DomainException("inbox.error.notBulkApprovable", task.getProposalNumber());
        }
    }
}
