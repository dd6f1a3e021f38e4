package vn.tdkt.workflow.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.CommendationDecision;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.register.Award;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;
import vn.tdkt.workflow.proposal.TaskCompletion;

/**
 * The commendation decision (ký quyết định khen thưởng) — by the unit head for the unit's own titles, by the
 * approving leader for the others: for some or all nominees; the commended go into the award register in the
 * same transaction, so the register never holds an award whose task was not completed (and never twice).
 */
@Stateless
public class Decisions {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    TaskCompletion tasks;

    public void decide(Actor signer, String taskId, String number, LocalDate date, String signerName,
            String issuer, Set<Long> approvedNomineeIds) {
        Proposal proposal = proposalOfDecision(signer, taskId);
        LocalDate today = BusinessClock.now().toLocalDate();
        CommendationDecision decision = CommendationDecision.of(number, date, signerName, issuer, today);
        for (Award award : proposal.decide(signer, decision, approvedNomineeIds, BusinessClock.now())) {
            em.persist(award);
        }
        tasks.complete(proposal, taskId, Decision.DECIDE,
                Map.of("approvedNominees", List.copyOf(approvedNomineeIds)));
    }

    public void refuse(Actor approver, String taskId, String reason) {
        Proposal proposal = tasks.proposalOf(approver, taskId, ProcessKeys.TASK_DECISION);
        proposal.refuseDecision(approver, reason, BusinessClock.now());
        tasks.complete(proposal, taskId, Decision.REFUSE, Map.of());
    }

    private Proposal proposalOfDecision(Actor signer, String taskId) {
        return tasks.proposalOf(signer, taskId, ProcessKeys.TASK_DECISION, ProcessKeys.TASK_UNIT_DECISION);
    }
}
