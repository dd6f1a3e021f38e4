package vn.tdkt.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Logger;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.notification.Notification;
import vn.tdkt.domain.notification.NotificationKind;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalAction;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.workflow.bloc.BlocKeys;
import vn.tdkt.workflow.bloc.BlocReviewMilestone;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.engine.CandidateGroups;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.engine.TaskOpened;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.UnitHeadDecided;

/**
 * Decides who is told what when a proposal moves, and writes the notifications (thông báo) in the transaction of
 * the action: a rolled-back action leaves none. Every opened task notifies the people it is offered to (a
 * candidate group {@code ROLE@UNIT} means every enabled holder of the role in that unit); a returned proposal's
 * revision task is announced as the return, with its reason; a bloc review's tasks and its opening point at the
 * review. Mails are composed here and sent after commit.
 * A plain CDI bean like the repositories: it always runs inside the caller's transaction.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    static final String NEW_TASK_KEY = "notification.newTask";
    static final String RETURNED_KEY = "notification.returned";
    static final String APPROVED_KEY = "notification.approved";
    /** The provincial board's unit code (Ban TĐKT), whose appraisers and head the board's notices reach. */
    static final String BOARD = "BAN_TDKT";

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    Event<MailBatch> mails;

    /** A task was opened by the engine, in the transaction of the action that opened it. */
    void taskOpened(@Observes TaskOpened task) {
        if (task.subject().isBlocReview() && task.subject().id() != null) {
            BlocReview review = em.find(BlocReview.class, task.subject().id());
            if (review != null) {
                // The consolidation task opens with the review: the opening and the last score sheet announce it.
                if (!BlocKeys.TASK_CONSOLIDATE.equals(task.taskKey())) {
                    String step = BlocKeys.TASK_ACCLAMATION.equals(task.taskKey()) ? "acclamation" : "task";
                    notifyBloc(recipientsOf(task), review,
                            "notification.bloc." + step + "." + review.getKind().name());
                }
                return;
            }
        }
        Proposal proposal = task.proposalId() == null ? null : em.find(Proposal.class, task.proposalId());
        if (proposal == null) {
            // Not a proposal's task (none exists yet): nothing to point a notification at.
            LOG.warning(
                    () -> "Task " + task.taskKey() + " of " + task.businessKey() + " has no proposal; nobody notified");
            return;
        }
        Collection<UserAccount> recipients = recipientsOf(task);
        if (ProcessKeys.TASK_REVISE_PROPOSAL.equals(task.taskKey())
                || ProcessKeys.TASK_SUPPLEMENT.equals(task.taskKey())) {
            notify(recipients, NotificationKind.RETURNED, proposal, RETURNED_KEY,
                    List.of(proposal.getNumber(), nullToEmpty(proposal.getReturnReason())));
        } else {
            notify(recipients, NotificationKind.NEW_TASK, proposal, NEW_TASK_KEY,
                    List.of(proposal.getNumber(), leadNominee(proposal)));
        }
    }

    /**
     * A review opened: the clerks and leaders of every member unit are asked to score (scoring is no task of
     * theirs, so no task announces it). The last score sheet in: the head's clerks can consolidate.
     */
    void reviewMilestone(@Observes BlocReviewMilestone milestone) {
        BlocReview review = milestone.review();
        Map<String, UserAccount> recipients = new LinkedHashMap<>();
        if (milestone.kind() == BlocReviewMilestone.Kind.OPENED) {
            review.members().forEach(unit -> addClerksAndLeaders(unit.getCode(), recipients));
            notifyBloc(recipients.values(), review, "notification.bloc.opened." + review.getKind().name());
        } else {
            review.getBloc().headIn(review.getYear()).ifPresent(head -> notifyBloc(
                    users.holders(Role.CLERK, head.getCode()), review,
                    "notification.bloc.scored." + review.getKind().name()));
        }
    }

    /** The unit head approved the proposal (its clerks hear of it) or rejected it (the unit hears the outcome). */
    void unitHeadDecided(@Observes UnitHeadDecided decided) {
        switch (decided.decision()) {
            case APPROVE -> approved(decided.proposal());
            case REJECT -> outcome(decided.proposal());
            default -> {
                // A return is announced by the revision task it opens (taskOpened).
            }
        }
    }

    /** The unit head approved the proposal: the unit's clerks hear of it. */
    private void approved(Proposal proposal) {
        notify(users.holders(Role.CLERK, proposal.getUnit().getCode()), NotificationKind.APPROVED, proposal,
                APPROVED_KEY, List.of(proposal.getNumber(), leadNominee(proposal)));
    }

    /** Day 20 of the appraisal: the board's appraisers are reminded (nhắc việc). */
    public void appraisalReminder(Proposal proposal) {
        notify(users.holders(Role.APPRAISER, BOARD), NotificationKind.REMINDER, proposal, "notification.reminder",
                List.of(proposal.getNumber(), leadNominee(proposal)));
    }

    /** The appraisal is overdue: the head of the board hears of it (báo cáo Trưởng ban). */
    public void appraisalOverdue(Proposal proposal) {
        notify(users.holders(Role.UNIT_LEADER, BOARD), NotificationKind.ESCALATION, proposal,
                "notification.escalation", List.of(proposal.getNumber(), leadNominee(proposal)));
    }

    /** A decision or a refusal ended the dossier: the unit's clerks and head hear the outcome and its reason. */
    public void outcome(Proposal proposal) {
        Map<String, UserAccount> unit = new LinkedHashMap<>();
        addClerksAndLeaders(proposal.getUnit().getCode(), unit);
        List<ProposalEvent> history = proposal.getHistory();
        String outcome = !history.isEmpty()
                && history.get(history.size() - 1).getAction() == ProposalAction.SUPPLEMENT_EXPIRED
                        ? "SUPPLEMENT_EXPIRED"
                        : proposal.getStatus().name();
        notify(unit.values(), NotificationKind.DECISION, proposal, "notification.outcome." + outcome,
                List.of(proposal.getNumber(), leadNominee(proposal), nullToEmpty(proposal.getReturnReason())));
    }

    /** The unit's enabled clerks and leaders, each once, into {@code byUsername}. */
    private void addClerksAndLeaders(String unitCode, Map<String, UserAccount> byUsername) {
        for (Role role : List.of(Role.CLERK, Role.UNIT_LEADER)) {
            users.holders(role, unitCode).forEach(u -> byUsername.putIfAbsent(u.getUsername(), u));
        }
    }

    private Collection<UserAccount> recipientsOf(TaskOpened task) {
        Map<String, UserAccount> byUsername = new LinkedHashMap<>();
        if (task.assignee() != null) {
            users.enabledAccount(task.assignee()).ifPresent(u -> byUsername.putIfAbsent(u.getUsername(), u));
        }
        for (String username : task.candidateUsers()) {
            users.enabledAccount(username).ifPresent(u -> byUsername.putIfAbsent(u.getUsername(), u));
        }
        for (String group : task.candidateGroups()) {
            CandidateGroups.parse(group).ifPresentOrElse(
                    g -> users.holders(g.role(), g.unitCode()).forEach(u -> byUsername.putIfAbsent(u.getUsername(), u)),
                    () -> LOG.warning(() -> "Candidate group " + group + " is not ROLE@UNIT; nobody notified"));
        }
        return byUsername.values();
    }

    private void notify(Collection<UserAccount> recipients, NotificationKind kind, Proposal proposal, String key,
            List<String> arguments) {
        LocalDateTime now = BusinessClock.now();
        deliver(recipients,
                user -> new Notification(user.getUsername(), kind, proposal.getId(), proposal.getNumber(), key,
                        arguments, now),
                (user, address) -> MailText.compose(kind, address, proposal.getNumber(), leadNominee(proposal),
                        proposal.getUnit().getName(), user.getFullName(),
                        Settings.baseUrl() + NotificationLinks.path(kind, proposal.getId()),
                        nullToEmpty(proposal.getReturnReason())));
    }

    private void notifyBloc(Collection<UserAccount> recipients, BlocReview review, String key) {
        LocalDateTime now = BusinessClock.now();
        String reviewKey = BlocKeys.businessKey(review.getId());
        // The year as text: a formatted number would read "2.025".
        List<String> arguments = List.of(review.getBloc().getName(), String.valueOf(review.getYear()));
        deliver(recipients,
                user -> Notification.aboutBlocReview(user.getUsername(), review.getId(), reviewKey, key, arguments,
                        now),
                (user, address) -> MailText.composeBloc(key, address, arguments.get(0), arguments.get(1),
                        user.getFullName(), Settings.baseUrl() + NotificationLinks.blocReview(review.getId())));
    }

    /** Stores each recipient's notification; mails those with an address, after commit, when mail is on. */
    private void deliver(Collection<UserAccount> recipients, Function<UserAccount, Notification> notification,
            BiFunction<UserAccount, String, OutgoingMail> mail) {
        boolean mailing = Settings.mailEnabled();
        List<OutgoingMail> outgoing = new ArrayList<>();
        for (UserAccount user : recipients) {
            em.persist(notification.apply(user));
            if (mailing) {
                user.getEmail().ifPresent(address -> outgoing.add(mail.apply(user, address)));
            }
        }
        if (!outgoing.isEmpty()) {
            mails.fire(new MailBatch(outgoing));
        }
    }

    private static String leadNominee(Proposal proposal) {
        return proposal.getNominees().isEmpty() ? "" : proposal.getLeadNominee().getName();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
