package vn.tdkt.workflow.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import vn.tdkt.domain.catalog.Authority;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.WorkingDays;
import vn.tdkt.workflow.eligibility.RuleSetCatalog;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;
import vn.tdkt.workflow.notification.Notifier;
import vn.tdkt.workflow.proposal.TaskCompletion;

/**
 * The provincial board's reception (Ban TĐKT tiếp nhận): check completeness, return the dossier for supplement at
 * most once with a deadline in working days, refuse with a reason, or accept and start the appraisal whose
 * deadline (25 working days, reminder on day 20) the rule set gives.
 */
@Stateless
public class BoardReception {

    public static final String APPRAISAL_DAYS = "board.appraisal_working_days";
    public static final String REMINDER_DAY = "board.appraisal_reminder_working_day";
    public static final String SUPPLEMENT_DAYS = "board.supplement_working_days";

    @Inject
    TaskCompletion tasks;

    @Inject
    RuleSetCatalog ruleSets;

    @Inject
    WorkingDays workingDays;

    @Inject
    Notifier notifier;

    public void accept(Actor appraiser, String taskId) {
        Proposal proposal = proposalAtReception(appraiser, taskId);
        proposal.acceptAtBoard(appraiser, BusinessClock.now());
        RuleSet rules = rules();
        LocalDate today = today();
        boolean stateLevel = proposal.getTitles().stream().anyMatch(t -> t.getDecidedBy() == Authority.PRIME_MINISTER
                || t.getDecidedBy() == Authority.PRESIDENT);
        tasks.complete(proposal, taskId, Decision.ACCEPT, Map.of(
                ProcessKeys.VAR_APPRAISAL_DUE, workingDays.deadline(today, rules.parameter(APPRAISAL_DAYS)),
                ProcessKeys.VAR_APPRAISAL_REMINDER, workingDays.deadline(today, rules.parameter(REMINDER_DAY)),
                ProcessKeys.VAR_STATE_LEVEL, stateLevel));
    }

    /** Returns the dossier to the unit's clerks for supplement — refused on the second reception by the domain. */
    public void returnForSupplement(Actor appraiser, String taskId, String reason) {
        Proposal proposal = proposalAtReception(appraiser, taskId);
        proposal.returnForSupplement(appraiser, reason, BusinessClock.now());
        tasks.complete(proposal, taskId, Decision.RETURN, Map.of(ProcessKeys.VAR_SUPPLEMENT_DUE,
                workingDays.deadline(today(), rules().parameter(SUPPLEMENT_DAYS))));
    }

    public void refuse(Actor appraiser, String taskId, String reason) {
        Proposal proposal = proposalAtReception(appraiser, taskId);
        proposal.refuseAtBoard(appraiser, reason, BusinessClock.now());
        tasks.complete(proposal, taskId, Decision.REFUSE, Map.of());
        notifier.outcome(proposal);
    }

    /** The dossier of a first or a second reception task (after a supplement). */
    private Proposal proposalAtReception(Actor appraiser, String taskId) {
        appraiser.require(Role.APPRAISER);
        return tasks.proposalOf(appraiser, taskId, ProcessKeys.TASK_RECEPTION,
                ProcessKeys.TASK_RECEPTION_AFTER_SUPPLEMENT);
    }

    private RuleSet rules() {
        return ruleSets.inForceOn(today());
    }

    private static LocalDate today() {
        return BusinessClock.now().toLocalDate();
    }
}
