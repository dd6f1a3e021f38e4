package vn.tdkt.workflow.inbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.board.Appraisals;
import vn.tdkt.workflow.board.BoardReception;
import vn.tdkt.workflow.board.CentralLevel;
import vn.tdkt.workflow.board.CouncilVotes;
import vn.tdkt.workflow.board.Decisions;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.proposal.OpenTasks;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * Completes an open task with a named decision, whatever its step: the step (the task's key) says which
 * decisions exist and which use case takes them. A decision a step does not offer is a field error, never a
 * silent default.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StepDecisions {

    @Inject
    OpenTasks openTasks;

    @Inject
    UnitHeadReview review;

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

    /** The decision names each step accepts, for messages and the API document. */
    public static Set<String> offeredAt(String step) {
        return switch (step) {
            case ProcessKeys.TASK_UNIT_HEAD_REVIEW -> Set.of("APPROVE", "RETURN", "REJECT");
            case ProcessKeys.TASK_COUNCIL_VOTE -> Set.of("RECORD_VOTE");
            case ProcessKeys.TASK_RECEPTION -> Set.of("ACCEPT", "RETURN", "REFUSE");
            case ProcessKeys.TASK_RECEPTION_AFTER_SUPPLEMENT -> Set.of("ACCEPT", "REFUSE");
            case ProcessKeys.TASK_APPRAISAL -> Set.of("PROPOSE", "REFUSE");
            case ProcessKeys.TASK_PUBLIC_NOTICE -> Set.of("RECORD_NOTICE");
            case ProcessKeys.TASK_DECISION -> Set.of("DECIDE", "REFUSE", "SEND_UP");
            case ProcessKeys.TASK_CENTRAL_DECISION -> Set.of("DECIDE", "REFUSE");
            case ProcessKeys.TASK_UNIT_DECISION -> Set.of("DECIDE");
            default -> Set.of();
        };
    }

    /**
     * Each use case runs in its own transaction (this bean has none), as from the task page. Returns the id of the
     * decision a DECIDE issued.
     */
    public Optional<Long> complete(Actor actor, String taskId, StepDecision command) {
        String step = openTasks.find(actor, taskId).getStep();
        String decision = command.decision() == null ? "" : command.decision().strip();
        if (decision.isEmpty()) {
            throw DomainException.invalid("decision", "validation.required");
        }
        if (!offeredAt(step).contains(decision)) {
            throw DomainException.invalid("decision", "api.error.decision",
                    String.join(", ", new TreeSet<>(offeredAt(step))));
        }
        String comment = command.comment();
        if (ProcessKeys.TASK_CENTRAL_DECISION.equals(step)) {
            if ("DECIDE".equals(decision)) {
                central.recordDecision(actor, taskId, command.decisionNumber(), command.decisionDate(),
                        command.signer(), command.issuer(), new HashSet<>(command.approvedNominees()));
            } else {
                central.recordRefusal(actor, taskId, comment);
            }
            return Optional.empty();
        }
        if ("SEND_UP".equals(decision)) {
            central.sendUp(actor, List.of(taskId));
            return Optional.empty();
        }
        // The number and the issuing body of the province's or a unit's decision are the system's: a client that
        // still sends them is told so rather than having them silently ignored.
        if ("DECIDE".equals(decision) && command.decisionNumber() != null) {
            throw DomainException.invalid("decisionNumber", "decision.error.numberIssued");
        }
        if ("DECIDE".equals(decision) && command.issuer() != null) {
            throw DomainException.invalid("issuer", "decision.error.issuerFixed");
        }
        if ("DECIDE".equals(decision)) {
            return Optional.of(decisions.decide(actor, taskId, command.decisionDate(), command.signer(),
                    new HashSet<>(command.approvedNominees()), comment));
        }
        switch (step + ":" + decision) {
            case ProcessKeys.TASK_UNIT_HEAD_REVIEW + ":APPROVE" -> review.approve(actor, taskId, comment);
            case ProcessKeys.TASK_UNIT_HEAD_REVIEW + ":RETURN" -> review.returnToClerk(actor, taskId, comment);
            case ProcessKeys.TASK_UNIT_HEAD_REVIEW + ":REJECT" -> review.reject(actor, taskId, comment);
            case ProcessKeys.TASK_COUNCIL_VOTE + ":RECORD_VOTE" -> councilVotes.record(actor, taskId,
                    count("members", command.members()), count("present", command.present()),
                    count("agree", command.agree()), count("disagree", command.disagree()),
                    count("abstain", command.abstain()));
            case ProcessKeys.TASK_APPRAISAL + ":PROPOSE" -> appraisals.propose(actor, taskId, comment);
            case ProcessKeys.TASK_APPRAISAL + ":REFUSE" -> appraisals.refuse(actor, taskId, comment);
            case ProcessKeys.TASK_PUBLIC_NOTICE + ":RECORD_NOTICE" -> appraisals.recordPublicNotice(actor, taskId,
                    comment);
            case ProcessKeys.TASK_DECISION + ":REFUSE" -> decisions.refuse(actor, taskId, comment);
            default -> completeReceptionOrDecision(actor, taskId, decision, command);
        }
        return Optional.empty();
    }

    private void completeReceptionOrDecision(Actor actor, String taskId, String decision, StepDecision command) {
        switch (decision) {
            case "ACCEPT" -> reception.accept(actor, taskId);
            case "RETURN" -> reception.returnForSupplement(actor, taskId, command.comment());
            case "REFUSE" -> reception.refuse(actor, taskId, command.comment());
            default -> throw new IllegalStateException("decision " + decision + " offered but not handled");
        }
    }

    private static int count(String field, Integer value) {
        if (value == null) {
            throw DomainException.invalid(field, "validation.required");
        }
        return value;
    }
}
