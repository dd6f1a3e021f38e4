package vn.tdkt.workflow.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.domain.decision.DecisionWording;
import vn.tdkt.domain.decision.DocumentType;
import vn.tdkt.domain.decision.IssuedNumber;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.CommendationDecision;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.register.Award;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.decision.DocumentBooks;
import vn.tdkt.workflow.decision.DocumentIssuers;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.proposal.TaskCompletion;

/**
 * State-level forms go up, not out: the province does not decide a Bằng khen of the Prime Minister, a CSTĐ toàn
 * quốc or an order. The approving leader signs the province's tờ trình (numbered from the province's book) over
 * one or more such dossiers, which then wait, sent up; when the central decision arrives the board records it
 * (number, date, issuer), which writes the register and notifies as a provincial decision does.
 */
@Stateless
public class CentralLevel {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    TaskCompletion tasks;

    @Inject
    DocumentIssuers issuers;

    @Inject
    DocumentBooks books;

    /** Sends the dossiers of the approver's decision tasks up under one tờ trình; returns its number. */
    public String sendUp(Actor approver, List<String> decisionTaskIds) {
        List<String> taskIds = List.copyOf(new LinkedHashSet<>(decisionTaskIds));
        List<Proposal> dossiers = tasks.lockedProposalsOf(approver, taskIds, Decisions.MAX_DOSSIERS,
                ProcessKeys.TASK_DECISION);
        LocalDateTime now = BusinessClock.now();
        IssuedNumber letter = books.issue(issuers.series(issuers.province(), DocumentType.PROPOSAL_LETTER),
                now.getYear(), DecisionWording.text("centralLetter.purpose", dossiers.stream()
                        .map(Proposal::getNumber).collect(Collectors.joining(", "))),
                approver);
        for (int i = 0; i < dossiers.size(); i++) {
            dossiers.get(i).sendUp(approver, letter.getText(), now);
            tasks.complete(dossiers.get(i), taskIds.get(i), ProcessKeys.Decision.SEND_UP, Map.of());
        }
        return letter.getText();
    }

    /** The central decision as it arrived, for some or all nominees of a dossier sent up. */
    public void recordDecision(Actor appraiser, String taskId, String number, LocalDate date, String signer,
            String issuer, Set<Long> approvedNomineeIds) {
        Proposal proposal = tasks.proposalOf(appraiser, taskId, ProcessKeys.TASK_CENTRAL_DECISION);
        CommendationDecision decision = CommendationDecision.of(number, date, signer, issuer,
                BusinessClock.now().toLocalDate());
        for (Award award : proposal.decide(appraiser, decision, approvedNomineeIds, BusinessClock.now())) {
            em.persist(award);
        }
        tasks.complete(proposal, taskId, ProcessKeys.Decision.DECIDE,
                Map.of("approvedNominees", List.copyOf(approvedNomineeIds)));
    }

    /** The central level did not commend; the reason is what its answer says. */
    public void recordRefusal(Actor appraiser, String taskId, String reason) {
        Proposal proposal = tasks.proposalOf(appraiser, taskId, ProcessKeys.TASK_CENTRAL_DECISION);
        proposal.refuseCentrally(appraiser, reason, BusinessClock.now());
        tasks.complete(proposal, taskId, ProcessKeys.Decision.REFUSE, Map.of());
    }
}
