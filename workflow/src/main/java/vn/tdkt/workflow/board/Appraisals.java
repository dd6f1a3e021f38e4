package vn.tdkt.workflow.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.WorkingDays;
import vn.tdkt.workflow.eligibility.RuleSetCatalog;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;
import vn.tdkt.workflow.proposal.TaskCompletion;

/**
 * The board's appraisal (thẩm định) and, for forms decided at state level, the record of the public notice's
 * comments: proposing the dossier for decision starts the notice period of the rule set's working days.
 */
@Stateless
public class Appraisals {

    public static final String PUBLIC_NOTICE_DAYS = "board.public_notice_working_days";

    @Inject
    TaskCompletion tasks;

    @Inject
    RuleSetCatalog ruleSets;

    @Inject
    WorkingDays workingDays;

    /** Proposes the dossier to the approving leader, with the appraiser's opinion (optional). */
    public void propose(Actor appraiser, String taskId, String opinion) {
        Proposal proposal = proposalInAppraisal(appraiser, taskId);
        proposal.concludeAppraisal(appraiser, true, opinion, BusinessClock.now());
        Map<String, Object> variables = new HashMap<>();
        // Set on every proposal so that the diagram's timer has a date whatever the level.
        variables.put(ProcessKeys.VAR_PUBLIC_NOTICE_ENDS, workingDays.deadline(BusinessClock.now().toLocalDate(),
                ruleSets.inForceOn(BusinessClock.now().toLocalDate()).parameter(PUBLIC_NOTICE_DAYS)));
        tasks.complete(proposal, taskId, Decision.PROPOSE, variables);
    }

    /** Not commended (không đủ điều kiện): the process tells the unit the reason. */
    public void refuse(Actor appraiser, String taskId, String reason) {
        Proposal proposal = proposalInAppraisal(appraiser, taskId);
        proposal.concludeAppraisal(appraiser, false, reason, BusinessClock.now());
        tasks.complete(proposal, taskId, Decision.REFUSE, Map.of());
    }

    /** After the notice period: the comments received (or that none were), then the decision task opens. */
    public void recordPublicNotice(Actor appraiser, String taskId, String comments) {
        appraiser.require(Role.APPRAISER);
        Proposal proposal = tasks.proposalOf(appraiser, taskId, ProcessKeys.TASK_PUBLIC_NOTICE);
        proposal.recordPublicNoticeComments(appraiser, comments, BusinessClock.now());
        tasks.complete(proposal, taskId, Decision.APPROVE, Map.of());
    }

    private Proposal proposalInAppraisal(Actor appraiser, String taskId) {
        appraiser.require(Role.APPRAISER);
        return tasks.proposalOf(appraiser, taskId, ProcessKeys.TASK_APPRAISAL);
    }
}
