package vn.tdkt.workflow.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.decision.DecisionWording;
import vn.tdkt.domain.decision.DocumentIssuer;
import vn.tdkt.domain.decision.DocumentType;
import vn.tdkt.domain.decision.IssuedNumber;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.register.Award;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;
import vn.tdkt.workflow.certificate.Certificates;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.decision.DecisionDraft;
import vn.tdkt.workflow.decision.DocumentBooks;
import vn.tdkt.workflow.decision.DocumentIssuers;
import vn.tdkt.workflow.decision.RewardSchedules;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.proposal.TaskCompletion;

/**
 * The commendation decision (ký quyết định khen thưởng) — by the unit head for the unit's own titles, by the
 * approving leader for the others — over one or more dossiers waiting for the same body. One transaction issues
 * the number from the body's book, writes the decision with its annex, the award-register lines of the commended,
 * and completes every dossier's task: the register never holds an award whose task was not completed, and a
 * failure anywhere gives the number back.
 */
@Stateless
public class Decisions {

    /** The most dossiers one decision covers: a year-end batch of a province is a few hundred. */
    public static final int MAX_DOSSIERS = 500;

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    TaskCompletion tasks;

    @Inject
    DocumentIssuers issuers;

    @Inject
    DocumentBooks books;

    @Inject
    RewardSchedules schedules;

    @Inject
    Certificates certificates;

    /** Decides the dossiers of {@code draft}; returns the decision's id. */
    public long decideTogether(Actor signer, DecisionDraft draft) {
        List<String> taskIds = List.copyOf(new LinkedHashSet<>(draft.taskIds()));
        if (draft.date() == null) {
            throw DomainException.invalid("decisionDate", "decision.error.date");
        }
        LocalDateTime now = BusinessClock.now();
        List<Proposal> dossiers = tasks.lockedProposalsOf(signer, taskIds, MAX_DOSSIERS, ProcessKeys.TASK_DECISION,
                ProcessKeys.TASK_UNIT_DECISION);
        DocumentIssuer issuer = issuerOf(dossiers);
        Map<Long, String> leftOut = leftOutOf(dossiers, draft.leftOut());
        String subject = draft.subject() == null || draft.subject().isBlank()
                ? DecisionWording.subjectFor(dossiers.stream().flatMap(p -> p.getNominees().stream())
                        .filter(n -> !leftOut.containsKey(n.getId())).map(ProposalNominee::getTitle).toList())
                : draft.subject();
        String signerName = draft.signerName() == null || draft.signerName().isBlank() ? signer.fullName()
                : draft.signerName();
        String authority = draft.signingAuthority() == null ? issuer.getSigningAuthority() : draft.signingAuthority();

        IssuedNumber number = books.issue(issuers.series(issuer, DocumentType.DECISION), draft.date().getYear(),
                Texts.required("subject", subject, Decision.MAX_SUBJECT, false), signer);
        Decision decision = Decision.issue(number, draft.date(), subject, signerName, authority,
                schedules.on(draft.date()), signer, now);
        em.persist(decision);
        for (int i = 0; i < dossiers.size(); i++) {
            Proposal proposal = dossiers.get(i);
            List<Long> commended = new ArrayList<>();
            List<Award> awards = decision.decide(proposal, leftOut, signer, now);
            awards.forEach(em::persist);
            certificates.issueFor(awards, now);
            proposal.getNominees().stream().map(ProposalNominee::getId).filter(id -> !leftOut.containsKey(id))
                    .forEach(commended::add);
            tasks.complete(proposal, taskIds.get(i), ProcessKeys.Decision.DECIDE,
                    Map.of("approvedNominees", commended));
        }
        return decision.getId();
    }

    /**
     * One dossier's decision from its task page or the API: the nominees not in {@code approvedNomineeIds} are
     * left out for {@code leftOutReason}.
     */
    public long decide(Actor signer, String taskId, LocalDate date, String signerName,
            Set<Long> approvedNomineeIds, String leftOutReason) {
        Proposal proposal = tasks.proposalOf(signer, taskId, ProcessKeys.TASK_DECISION,
                ProcessKeys.TASK_UNIT_DECISION);
        Map<Long, String> leftOut = new HashMap<>();
        for (ProposalNominee nominee : proposal.getNominees()) {
            if (!approvedNomineeIds.contains(nominee.getId())) {
                leftOut.put(nominee.getId(), leftOutReason == null ? "" : leftOutReason);
            }
        }
        return decideTogether(signer, new DecisionDraft(List.of(taskId), leftOut, date, null, signerName, null));
    }

    public void refuse(Actor approver, String taskId, String reason) {
        Proposal proposal = tasks.proposalOf(approver, taskId, ProcessKeys.TASK_DECISION);
        proposal.refuseDecision(approver, reason, BusinessClock.now());
        tasks.complete(proposal, taskId, ProcessKeys.Decision.REFUSE, Map.of());
    }

    /**
     * The one body that decides all of them: the province's chairman at the board's decision step, a unit's head
     * at the unit's; a decision never mixes bodies (each has its own book).
     */
    private DocumentIssuer issuerOf(List<Proposal> dossiers) {
        Set<Object> bodies = new HashSet<>();
        for (Proposal proposal : dossiers) {
            bodies.add(proposal.getStatus() == ProposalStatus.AWAITING_UNIT_DECISION ? proposal.getUnit()
                    : DocumentIssuer.PROVINCE);
        }
        if (bodies.size() != 1) {
            throw DomainException.invalid("dossiers", "decision.error.mixedIssuers");
        }
        Proposal first = dossiers.get(0);
        return first.getStatus() == ProposalStatus.AWAITING_UNIT_DECISION ? issuers.headOf(first.getUnit())
                : issuers.province();
    }

    /** The reasons by nominee, refusing a nominee of none of the dossiers (a stale or forged form). */
    private static Map<Long, String> leftOutOf(List<Proposal> dossiers, Map<Long, String> requested) {
        Set<Long> known = new HashSet<>();
        dossiers.forEach(p -> p.getNominees().forEach(n -> known.add(n.getId())));
        if (!known.containsAll(requested.keySet())) {
            throw DomainException.invalid("approvedNominees", "decision.error.unknownNominee");
        }
        return requested;
    }
}
