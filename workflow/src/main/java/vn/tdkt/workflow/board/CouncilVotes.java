package vn.tdkt.workflow.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import vn.tdkt.domain.catalog.Authority;
import vn.tdkt.domain.council.BallotResult;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.eligibility.RuleSetCatalog;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;
import vn.tdkt.workflow.notification.Notifier;
import vn.tdkt.workflow.proposal.TaskCompletion;

/**
 * The unit council's secret ballot (Hội đồng TĐKT bỏ phiếu kín) recorded by its secretary: whether it carries is
 * judged by the rule set in force — quorum of members present, share of votes for among those present, and for
 * Chiến sĩ thi đua cấp tỉnh a share of all members.
 */
@Stateless
public class CouncilVotes {

    public static final String QUORUM = "council.quorum_percent";
    public static final String THRESHOLD_OF_PRESENT = "council.threshold_percent_of_present";
    public static final String CSTD_TINH_THRESHOLD_OF_MEMBERS = "council.cstd_tinh_threshold_percent_of_members";

    @Inject
    TaskCompletion tasks;

    @Inject
    RuleSetCatalog ruleSets;

    @Inject
    Notifier notifier;

    /** Records the counts; answers whether the ballot carried the dossier. */
    public boolean record(Actor secretary, String taskId, int members, int present, int agree, int disagree,
            int abstain) {
        secretary.require(Role.COUNCIL_SECRETARY);
        Proposal proposal = tasks.proposalOf(secretary, taskId, ProcessKeys.TASK_COUNCIL_VOTE);
        BallotResult ballot = BallotResult.of(members, present, agree, disagree, abstain);
        RuleSet rules = ruleSets.inForceOn(BusinessClock.now().toLocalDate());
        boolean provincialFighter = proposal.getNominees().stream()
                .anyMatch(n -> "CSTD_TINH".equals(n.getTitle().getCode()));
        boolean carried = ballot.quorate(rules.parameter(QUORUM))
                && ballot.reachesOfPresent(rules.parameter(THRESHOLD_OF_PRESENT))
                && (!provincialFighter || ballot.reachesOfMembers(rules.parameter(CSTD_TINH_THRESHOLD_OF_MEMBERS)));
        boolean decidedByUnit = proposal.getTitles().stream()
                .allMatch(title -> title.getDecidedBy() == Authority.UNIT_HEAD);
        proposal.recordCouncilVote(secretary, ballot, carried, decidedByUnit, BusinessClock.now());
        tasks.complete(proposal, taskId, Decision.APPROVE, Map.of(ProcessKeys.VAR_VOTE_PASSED, carried,
                ProcessKeys.VAR_DECIDED_BY_UNIT, decidedByUnit));
        if (!carried) {
            // The process ends without a task, so the clerks and head are told here.
            notifier.outcome(proposal);
        }
        return carried;
    }
}
