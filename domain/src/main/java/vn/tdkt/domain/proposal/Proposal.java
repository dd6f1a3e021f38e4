package vn.tdkt.domain.proposal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.domain.catalog.Authority;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.council.BallotResult;
import vn.tdkt.domain.eligibility.Finding;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.register.Award;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * A commendation dossier (hồ sơ đề nghị khen thưởng) of one unit: the year of achievement, the nominees with the
 * title proposed for each, and the attached files. Its status changes only through the methods below, each of
 * which records a history line; a submission passes the eligibility rules or records the warnings acknowledged.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    public static final int MAX_REASON = 2000;
    /** Enough for a large unit's list of Lao động tiên tiến imported from Excel. */
    public static final int MAX_NOMINEES = 5000;
    public static final int MAX_ATTACHMENTS = 50;

    @Id
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    private Long id;

    /** Optimistic lock: two clicks on Submit, or two leaders on one task, cannot both change the row. */
    @Version
    private long version;

    /** Business key, shown to users and used as the process instance's business key. */
    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProposalStatus status;

    /**
     * Whether the dossier was ever sent to the provincial board. Set once, never cleared: a dossier the unit decided
     * itself (also DECIDED or NOT_COMMENDED in the end) never came to the board, and the board does not read it.
     */
    @Column(name = "reached_board", nullable = false)
    private boolean reachedBoard;

    @Column(name = "achievement_year", nullable = false)
    private int achievementYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "commendation_type", nullable = false, length = 16)
    private CommendationType commendationType;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "movement_id")
    private Movement movement;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position ASC")
    private List<ProposalNominee> nominees = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id ASC")
    private List<Attachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("acknowledgedAt ASC")
    private List<AcknowledgedWarning> acknowledgedWarnings = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    /** The council's secret ballot, once recorded (counts only). */
    @Embedded
    private BallotResult ballot;

    /** The decision that ended the dossier, for some or all of its nominees. */
    @Embedded
    private CommendationDecision decision;

    /**
     * The numbered decision that covered the dossier (with others, perhaps); none for dossiers decided before. An
     * id, as the decision's package reads dossiers and not the other way round.
     */
    @Column(name = "award_decision_id")
    private Long awardDecisionId;

    /** The board returns a dossier for supplement at most once (hướng dẫn bổ sung 01 lần). */
    @Column(name = "supplement_requested", nullable = false)
    private boolean supplementRequested;

    /** The reason of the latest return, shown to the clerk until the proposal is resubmitted. */
    @Column(name = "return_reason", length = MAX_REASON)
    private String returnReason;

    /** Comments received during a state-level form's public notice (ý kiến công khai), as recorded by the board. */
    @Column(name = "public_notice_comments", length = MAX_REASON)
    private String publicNoticeComments;

    /** The task being completed in this transaction; not stored on the proposal, only on its history lines. */
    @Transient
    private String currentTask;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ProposalEvent> history = new ArrayList<>();

    protected Proposal() {
    }

    private Proposal(String number, Unit unit, Actor clerk, LocalDateTime now) {
        this.number = Objects.requireNonNull(number);
        this.unit = unit;
        this.status = ProposalStatus.DRAFT;
        this.createdBy = clerk.username();
        this.createdAt = now;
    }

    /** A clerk starts a draft for their own unit, with at least one nominee. */
    public static Proposal draft(String number, Unit unit, DossierHeader header, List<NomineeDetails> nominees,
            Actor clerk, LocalDateTime now) {
        requireMember(clerk, unit, Role.CLERK);
        Proposal proposal = new Proposal(number, unit, clerk, now);
        proposal.fill(header, nominees);
        proposal.record(ProposalAction.CREATED, clerk, null, now);
        return proposal;
    }

    /**
     * The clerk changes the dossier; allowed while it is a draft or after it was returned. Nominees keep their
     * rows by position. Saving unchanged content records nothing, so the history lists real changes only.
     */
    public void revise(DossierHeader header, List<NomineeDetails> newNominees, Actor clerk, LocalDateTime now) {
        requireEditableBy(clerk);
        if (fill(header, newNominees)) {
            record(ProposalAction.UPDATED, clerk, null, now);
        }
    }

    /**
     * A bloc's proposal (Cờ thi đua, Bằng khen for its leading members), drafted by the head unit's clerk from the
     * bloc's acclamation, goes straight to the provincial board: the bloc's scoring, meeting and ballot stand for
     * the unit's own review and council.
     */
    public void sendByBloc(Actor clerk, String note, LocalDateTime now) {
        requireEditableBy(clerk);
        requireStatus(ProposalStatus.DRAFT, "task.error.alreadyHandled");
        status = ProposalStatus.AT_BOARD;
        reachedBoard = true;
        record(ProposalAction.PROPOSED_BY_BLOC, clerk, Texts.normaliseMultiline(note), now);
    }

    /** The clerk adds a checked file; the same bytes twice in one dossier are refused. */
    public Attachment attach(AttachmentKind kind, String fileName, String contentType, long size, String sha256,
            Actor clerk, LocalDateTime now) {
        requireEditableBy(clerk);
        if (kind == null) {
            throw DomainException.invalid("attachmentKind", "validation.required");
        }
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw new DomainException("attachment.error.tooMany", MAX_ATTACHMENTS);
        }
        attachments.stream().filter(a -> a.getSha256().equals(sha256)).findFirst().ifPresent(same -> {
            throw DomainException.invalid("file", "attachment.error.duplicate", same.getFileName());
        });
        Attachment attachment = new Attachment(this, kind, fileName, contentType, size, sha256, clerk.username(),
                now);
        attachments.add(attachment);
        record(ProposalAction.ATTACHMENT_ADDED, clerk, fileName, now);
        return attachment;
    }

    /** The clerk removes a file while the dossier is editable. */
    public void detach(long attachmentId, Actor clerk, LocalDateTime now) {
        requireEditableBy(clerk);
        Attachment attachment = attachments.stream().filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new DomainException("attachment.error.notFound"));
        attachments.remove(attachment);
        record(ProposalAction.ATTACHMENT_REMOVED, clerk, attachment.getFileName(), now);
    }

    /**
     * The clerk sends the draft to the unit head. The rules' findings decide: an error blocks; warnings pass only
     * when acknowledged, and are recorded. A second submit of the same proposal is refused.
     */
    public void submit(Actor clerk, LocalDateTime now, List<Finding> findings, boolean warningsAcknowledged) {
        requireClerkOfUnit(clerk);
        requireStatus(ProposalStatus.DRAFT, "proposal.error.alreadySubmitted");
        passRules(findings, warningsAcknowledged, clerk, now);
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        record(ProposalAction.SUBMITTED, clerk, null, now);
    }

    /** The clerk answers a return: the revised dossier, judged again, goes back to the unit head. */
    public void resubmit(Actor clerk, LocalDateTime now, List<Finding> findings, boolean warningsAcknowledged) {
        requireClerkOfUnit(clerk);
        requireStatus(ProposalStatus.RETURNED, "proposal.error.notReturned");
        passRules(findings, warningsAcknowledged, clerk, now);
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        returnReason = null;
        record(ProposalAction.RESUBMITTED, clerk, null, now);
    }

    private void passRules(List<Finding> findings, boolean warningsAcknowledged, Actor clerk, LocalDateTime now) {
        long errors = findings.stream().filter(Finding::blocks).count();
        if (errors > 0) {
            throw new DomainException("proposal.error.rulesBlock", errors);
        }
        List<Finding> warnings = findings.stream().filter(f -> !f.blocks()).toList();
        if (!warnings.isEmpty() && !warningsAcknowledged) {
            throw new DomainException("proposal.error.acknowledgeWarnings", warnings.size());
        }
        warnings.forEach(w -> acknowledgedWarnings.add(new AcknowledgedWarning(this, w, clerk.username(), now)));
    }

    /** The unit head approves (duyệt cấp đơn vị). */
    public void approveAtUnit(Actor leader, String comment, LocalDateTime now) {
        requireLeaderOfUnit(leader);
        requireStatus(ProposalStatus.SUBMITTED, "task.error.alreadyHandled");
        String note = Texts.normaliseMultiline(comment);
        if (note != null && note.codePointCount(0, note.length()) > MAX_REASON) {
            throw DomainException.invalid("comment", "validation.tooLong", MAX_REASON);
        }
        status = ProposalStatus.APPROVED_AT_UNIT;
        record(ProposalAction.APPROVED_AT_UNIT, leader, note == null || note.isEmpty() ? null : note, now);
    }

    /**
     * An opinion asked for by a step an administrator added to the procedure (lấy ý kiến, e.g. of the trade union):
     * agree or not, with the reasons; it is advisory and changes no status. The role is the one the step was
     * offered to, which the actor must hold.
     */
    public void recordOpinion(Actor actor, Role role, boolean agree, String comment, LocalDateTime now) {
        actor.require(role);
        if (status == ProposalStatus.DRAFT) {
            throw new DomainException("task.error.alreadyHandled", number);
        }
        String text = Texts.required("comment", comment, MAX_REASON, true);
        record(agree ? ProposalAction.OPINION_AGREED : ProposalAction.OPINION_DISAGREED, role, actor, text, now);
    }

    /** The unit head returns the proposal to the clerk; a reason is mandatory. */
    public void returnToClerk(Actor leader, String reason, LocalDateTime now) {
        requireLeaderOfUnit(leader);
        requireStatus(ProposalStatus.SUBMITTED, "task.error.alreadyHandled");
        String why = Texts.required("reason", reason, MAX_REASON, true);
        status = ProposalStatus.RETURNED;
        returnReason = why;
        record(ProposalAction.RETURNED, leader, why, now);
    }

    /** The unit head does not propose it at all (không đề nghị); a reason is mandatory. */
    public void rejectAtUnit(Actor leader, String reason, LocalDateTime now) {
        requireLeaderOfUnit(leader);
        requireStatus(ProposalStatus.SUBMITTED, "task.error.alreadyHandled");
        String why = Texts.required("reason", reason, MAX_REASON, true);
        status = ProposalStatus.REJECTED_AT_UNIT;
        record(ProposalAction.REJECTED_AT_UNIT, leader, why, now);
    }

    /**
     * The council's secretary records the secret ballot; whether it carries is the rule set's call, made by the
     * caller. A carried dossier goes to the unit's own decision or up to the provincial board.
     */
    public void recordCouncilVote(Actor secretary, BallotResult result, boolean carried, boolean decidedByUnit,
            LocalDateTime now) {
        requireMember(secretary, unit, Role.COUNCIL_SECRETARY);
        requireStatus(ProposalStatus.APPROVED_AT_UNIT, "task.error.alreadyHandled");
        ballot = Objects.requireNonNull(result);
        status = !carried ? ProposalStatus.NOT_PROPOSED
                : decidedByUnit ? ProposalStatus.AWAITING_UNIT_DECISION : ProposalStatus.AT_BOARD;
        reachedBoard = status == ProposalStatus.AT_BOARD;
        record(ProposalAction.COUNCIL_VOTED, secretary, "%d/%d/%d/%d/%d".formatted(result.getMembers(),
                result.getPresent(), result.getAgree(), result.getDisagree(), result.getAbstain()), now);
    }

    /** The board returns the dossier for supplement — once only; a second return is refused. */
    public void returnForSupplement(Actor appraiser, String reason, LocalDateTime now) {
        requireBoard(appraiser, Role.APPRAISER);
        requireStatus(ProposalStatus.AT_BOARD, "task.error.alreadyHandled");
        if (supplementRequested) {
            throw new DomainException("proposal.error.supplementOnce", number);
        }
        String why = Texts.required("reason", reason, MAX_REASON, true);
        supplementRequested = true;
        returnReason = why;
        status = ProposalStatus.RETURNED_FOR_SUPPLEMENT;
        record(ProposalAction.RETURNED_FOR_SUPPLEMENT, appraiser, why, now);
    }

    /** The clerk sends the completed dossier back to the board; the rules judge it as on any submission. */
    public void supplement(Actor clerk, LocalDateTime now, List<Finding> findings, boolean warningsAcknowledged) {
        requireClerkOfUnit(clerk);
        requireStatus(ProposalStatus.RETURNED_FOR_SUPPLEMENT, "proposal.error.notReturned");
        passRules(findings, warningsAcknowledged, clerk, now);
        returnReason = null;
        status = ProposalStatus.AT_BOARD;
        record(ProposalAction.SUPPLEMENTED, clerk, null, now);
    }

    /** The board refuses the dossier (từ chối tiếp nhận), or it was not completed by its deadline. */
    public void refuseAtBoard(Actor appraiser, String reason, LocalDateTime now) {
        requireBoard(appraiser, Role.APPRAISER);
        if (status != ProposalStatus.AT_BOARD && status != ProposalStatus.RETURNED_FOR_SUPPLEMENT) {
            throw new DomainException("task.error.alreadyHandled", number);
        }
        String why = Texts.required("reason", reason, MAX_REASON, true);
        status = ProposalStatus.REFUSED_AT_BOARD;
        record(ProposalAction.REFUSED_AT_BOARD, appraiser, why, now);
    }

    /** The board finds the dossier complete and starts the appraisal (thẩm định). */
    public void acceptAtBoard(Actor appraiser, LocalDateTime now) {
        requireBoard(appraiser, Role.APPRAISER);
        requireStatus(ProposalStatus.AT_BOARD, "task.error.alreadyHandled");
        status = ProposalStatus.IN_APPRAISAL;
        record(ProposalAction.ACCEPTED_AT_BOARD, appraiser, null, now);
    }

    /**
     * The decision (quyết định) for the nominees listed in {@code approvedNomineeIds} — some or all of them
     * (partial approval); the others are not commended. Returns the award-register lines to store. The unit head
     * signs titles within the unit's authority, the approving leader the others.
     */
    public List<Award> decide(Actor signer, CommendationDecision signed,
            Set<Long> approvedNomineeIds, LocalDateTime now) {
        Role signedAs = switch (status) {
            case AWAITING_UNIT_DECISION -> Role.UNIT_LEADER;
            // The central decision, recorded by the board's appraiser when it arrives.
            case SENT_UP -> Role.APPRAISER;
            default -> Role.APPROVER;
        };
        if (status == ProposalStatus.AWAITING_UNIT_DECISION) {
            requireLeaderOfUnit(signer);
        } else if (status == ProposalStatus.AWAITING_DECISION) {
            requireBoard(signer, Role.APPROVER);
            if (stateLevel()) {
                throw new DomainException("decision.error.stateLevel", number);
            }
        } else if (status == ProposalStatus.SENT_UP) {
            requireBoard(signer, Role.APPRAISER);
        } else {
            throw new DomainException("task.error.alreadyHandled", number);
        }
        List<ProposalNominee> approved = nominees.stream().filter(n -> approvedNomineeIds.contains(n.getId()))
                .toList();
        if (approved.isEmpty()) {
            throw DomainException.invalid("approvedNominees", "decision.error.noneApproved");
        }
        decision = Objects.requireNonNull(signed);
        status = ProposalStatus.DECIDED;
        record(ProposalAction.DECIDED, signedAs, signer, "%s (%d/%d)".formatted(signed.getNumber(), approved.size(),
                nominees.size()), now);
        return approved.stream().map(n -> n.toAward(unit, achievementYear, signed).decidedOn(id)).toList();
    }

    /**
     * The dossier's part of a numbered decision over one or more dossiers: the nominees it commends go into the
     * register under that decision.
     */
    public List<Award> decideUnder(long decisionId, Actor signer, CommendationDecision signed,
            Set<Long> approvedNomineeIds, LocalDateTime now) {
        List<Award> awards = decide(signer, signed, approvedNomineeIds, now);
        awardDecisionId = decisionId;
        return awards.stream().map(award -> award.underDecision(decisionId)).toList();
    }

    /** The appraisal's conclusion: propose for decision, or not commend with a reason. */
    public void concludeAppraisal(Actor appraiser, boolean propose, String reason, LocalDateTime now) {
        requireBoard(appraiser, Role.APPRAISER);
        requireStatus(ProposalStatus.IN_APPRAISAL, "task.error.alreadyHandled");
        if (propose) {
            status = ProposalStatus.AWAITING_DECISION;
            record(ProposalAction.APPRAISED, appraiser, Texts.normaliseMultiline(reason), now);
        } else {
            notCommended(appraiser, Role.APPRAISER, reason, now);
        }
    }

    /**
     * The comments received while a state-level form was publicly announced (công khai 10 ngày làm việc), recorded
     * by the board before the decision; "none received" is a valid record.
     */
    public void recordPublicNoticeComments(Actor appraiser, String comments, LocalDateTime now) {
        requireBoard(appraiser, Role.APPRAISER);
        requireStatus(ProposalStatus.AWAITING_DECISION, "task.error.alreadyHandled");
        String text = Texts.required("comments", comments, MAX_REASON, true);
        publicNoticeComments = text;
        record(ProposalAction.PUBLIC_NOTICE_RECORDED, appraiser, text, now);
    }

    /**
     * The clerk did not supplement the dossier by the board's deadline: the board's reception ends it (the
     * engine's timer acts; {@code system} names the process, not a person).
     */
    public void expireSupplement(Actor system, LocalDateTime now) {
        requireStatus(ProposalStatus.RETURNED_FOR_SUPPLEMENT, "task.error.alreadyHandled");
        status = ProposalStatus.REFUSED_AT_BOARD;
        record(ProposalAction.SUPPLEMENT_EXPIRED, system, null, now);
    }

    /** Not commended (không khen thưởng) with the reason the nominees and unit are told. */
    public void refuseDecision(Actor approver, String reason, LocalDateTime now) {
        requireBoard(approver, Role.APPROVER);
        requireStatus(ProposalStatus.AWAITING_DECISION, "task.error.alreadyHandled");
        notCommended(approver, Role.APPROVER, reason, now);
    }

    /**
     * Whether a nominee's title or form is decided above the province (the Prime Minister, the President): the
     * province proposes it upwards with its tờ trình instead of deciding it (Law 2022, art. 74, 75).
     */
    public boolean stateLevel() {
        return nominees.stream().map(n -> n.getTitle().getDecidedBy())
                .anyMatch(a -> a == Authority.PRIME_MINISTER || a == Authority.PRESIDENT);
    }

    /**
     * The approving leader signed the province's tờ trình to the central level ({@code letterNumber}, issued from
     * the province's book); the dossier waits for the central decision.
     */
    public void sendUp(Actor approver, String letterNumber, LocalDateTime now) {
        requireBoard(approver, Role.APPROVER);
        requireStatus(ProposalStatus.AWAITING_DECISION, "task.error.alreadyHandled");
        if (!stateLevel()) {
            throw new DomainException("decision.error.notStateLevel", number);
        }
        status = ProposalStatus.SENT_UP;
        record(ProposalAction.SENT_UP, approver, Texts.required("letterNumber", letterNumber, 64, false), now);
    }

    /** The central level did not commend (the reason as its answer gives it), recorded by the board. */
    public void refuseCentrally(Actor appraiser, String reason, LocalDateTime now) {
        requireBoard(appraiser, Role.APPRAISER);
        requireStatus(ProposalStatus.SENT_UP, "task.error.alreadyHandled");
        notCommended(appraiser, Role.APPRAISER, reason, now);
    }

    private void notCommended(Actor actor, Role role, String reason, LocalDateTime now) {
        String why = Texts.required("reason", reason, MAX_REASON, true);
        status = ProposalStatus.NOT_COMMENDED;
        returnReason = why;
        record(ProposalAction.NOT_COMMENDED, role, actor, why, now);
    }

    /**
     * Who sees the dossier, following the law's flow: the clerk and head of its unit always; the unit's council
     * secretary once the head has sent it to the council; the board's appraisers and approvers once it has come to
     * the board (and afterwards), never a dossier decided within its unit. Administrators do not read dossiers;
     * another unit sees nothing.
     */
    public boolean visibleTo(Actor actor) {
        if (actor.belongsTo(unit)) {
            if (actor.hasRole(Role.CLERK) || actor.hasRole(Role.UNIT_LEADER)) {
                return true;
            }
            if (actor.hasRole(Role.COUNCIL_SECRETARY) && status.reachedCouncil()) {
                return true;
            }
        }
        return reachedBoard && (actor.hasRole(Role.APPRAISER) || actor.hasRole(Role.APPROVER));
    }

    public boolean hasReachedBoard() {
        return reachedBoard;
    }

    private void requireBoard(Actor actor, Role role) {
        actor.require(role);
        if (!status.atBoard()) {
            throw new DomainException("error.forbidden");
        }
    }

    /** Applies header and nominees; answers whether anything changed. */
    private boolean fill(DossierHeader header, List<NomineeDetails> newNominees) {
        Objects.requireNonNull(header);
        if (newNominees == null || newNominees.isEmpty()) {
            throw DomainException.invalid("nominees", "proposal.error.noNominee");
        }
        if (newNominees.size() > MAX_NOMINEES) {
            throw DomainException.invalid("nominees", "proposal.error.tooManyNominees", MAX_NOMINEES);
        }
        boolean changed = achievementYear != header.achievementYear()
                || commendationType != header.commendationType()
                || !Objects.equals(movement, header.movement());
        achievementYear = header.achievementYear();
        commendationType = header.commendationType();
        movement = header.movement();
        for (int i = 0; i < newNominees.size(); i++) {
            NomineeDetails details = Objects.requireNonNull(newNominees.get(i));
            if (i < nominees.size()) {
                changed |= nominees.get(i).change(i, details);
            } else {
                nominees.add(new ProposalNominee(this, i, details));
                changed = true;
            }
        }
        while (nominees.size() > newNominees.size()) {
            nominees.remove(nominees.size() - 1);
            changed = true;
        }
        return changed;
    }

    private void requireEditableBy(Actor clerk) {
        requireClerkOfUnit(clerk);
        if (!status.editable()) {
            throw new DomainException("proposal.error.notEditable", number);
        }
    }

    private void requireStatus(ProposalStatus expected, String messageKey) {
        if (status != expected) {
            throw new DomainException(messageKey, number);
        }
    }

    private void requireClerkOfUnit(Actor actor) {
        requireMember(actor, unit, Role.CLERK);
    }

    private void requireLeaderOfUnit(Actor actor) {
        requireMember(actor, unit, Role.UNIT_LEADER);
    }

    /** Only a holder of the role in the proposal's own unit may act on it. */
    private static void requireMember(Actor actor, Unit unit, Role role) {
        actor.require(role);
        if (!actor.belongsTo(unit)) {
            throw new DomainException("error.forbidden");
        }
    }

    private void record(ProposalAction action, Actor actor, String comment, LocalDateTime at) {
        record(action, action.role(), actor, comment, at);
    }

    private void record(ProposalAction action, Role role, Actor actor, String comment, LocalDateTime at) {
        history.add(new ProposalEvent(this, action, role, actor, comment, currentTask, at));
    }

    /**
     * Names the process step the next actions of this transaction complete, so that the history says from which
     * task each came (the service that opened the task calls it; actions outside a task leave it empty).
     */
    public void actingOnTask(String taskKey) {
        this.currentTask = taskKey;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getPublicNoticeComments() {
        return publicNoticeComments;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public int getAchievementYear() {
        return achievementYear;
    }

    public CommendationType getCommendationType() {
        return commendationType;
    }

    public Movement getMovement() {
        return movement;
    }

    public DossierHeader header() {
        return new DossierHeader(achievementYear, commendationType, movement);
    }

    public List<ProposalNominee> getNominees() {
        return Collections.unmodifiableList(nominees);
    }

    /** The first nominee, which lists show with the count of the others. */
    public ProposalNominee getLeadNominee() {
        return nominees.get(0);
    }

    /** The distinct titles proposed, in the order nominees list them. */
    public List<Title> getTitles() {
        Set<Title> titles = new LinkedHashSet<>();
        nominees.forEach(n -> titles.add(n.getTitle()));
        return List.copyOf(titles);
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public List<AcknowledgedWarning> getAcknowledgedWarnings() {
        return Collections.unmodifiableList(acknowledgedWarnings);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Long getAwardDecisionId() {
        return awardDecisionId;
    }

    public CommendationDecision getDecision() {
        return decision;
    }

    public BallotResult getBallot() {
        return ballot;
    }

    public boolean isSupplementRequested() {
        return supplementRequested;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public List<ProposalEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
