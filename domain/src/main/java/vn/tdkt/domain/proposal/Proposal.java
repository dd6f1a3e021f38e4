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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * A commendation proposal (hồ sơ đề nghị khen thưởng) of one unit for one individual nominee and one title.
 * Its status changes only through the methods below, each of which records a history line.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_REASON = 2000;

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

    @Embedded
    private Nominee nominee;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Column(name = "achievement_summary", nullable = false, length = MAX_SUMMARY)
    private String achievementSummary;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    /** The reason of the latest return, shown to the clerk until the proposal is resubmitted. */
    @Column(name = "return_reason", length = MAX_REASON)
    private String returnReason;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ProposalEvent> history = new ArrayList<>();

    protected Proposal() {
    }

    private Proposal(String number, Unit unit, Nominee nominee, Title title, String summary, Actor clerk,
            LocalDateTime now) {
        this.number = Objects.requireNonNull(number);
        this.unit = unit;
        this.status = ProposalStatus.DRAFT;
        this.createdBy = clerk.username();
        this.createdAt = now;
        fill(nominee, title, summary);
        record(ProposalAction.CREATED, clerk, null, now);
    }

    /** A clerk starts a draft for their own unit. */
    public static Proposal draft(String number, Unit unit, Nominee nominee, Title title, String summary,
            Actor clerk, LocalDateTime now) {
        requireMember(clerk, unit, Role.CLERK);
        return new Proposal(number, unit, nominee, title, summary, clerk, now);
    }

    /**
     * The clerk changes the dossier; allowed while it is a draft or after it was returned. Saving unchanged
     * content records nothing, so the history lists real changes only.
     */
    public void revise(Nominee nominee, Title title, String summary, Actor clerk, LocalDateTime now) {
        requireClerkOfUnit(clerk);
        if (!status.editable()) {
            throw new DomainException("proposal.error.notEditable", number);
        }
        Nominee before = this.nominee;
        Title titleBefore = this.title;
        String summaryBefore = this.achievementSummary;
        fill(nominee, title, summary);
        if (!(this.nominee.equals(before) && this.title.equals(titleBefore)
                && this.achievementSummary.equals(summaryBefore))) {
            record(ProposalAction.UPDATED, clerk, null, now);
        }
    }

    /** The clerk sends the draft to the unit head. A second submit of the same proposal is refused. */
    public void submit(Actor clerk, LocalDateTime now) {
        requireClerkOfUnit(clerk);
        requireStatus(ProposalStatus.DRAFT, "proposal.error.alreadySubmitted");
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        record(ProposalAction.SUBMITTED, clerk, null, now);
    }

    /** The clerk answers a return: the revised dossier goes back to the unit head. */
    public void resubmit(Actor clerk, LocalDateTime now) {
        requireClerkOfUnit(clerk);
        requireStatus(ProposalStatus.RETURNED, "proposal.error.notReturned");
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        returnReason = null;
        record(ProposalAction.RESUBMITTED, clerk, null, now);
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

    /** The unit head returns the proposal to the clerk; a reason is mandatory. */
    public void returnToClerk(Actor leader, String reason, LocalDateTime now) {
        requireLeaderOfUnit(leader);
        requireStatus(ProposalStatus.SUBMITTED, "task.error.alreadyHandled");
        String why = Texts.required("reason", reason, MAX_REASON, true);
        status = ProposalStatus.RETURNED;
        returnReason = why;
        record(ProposalAction.RETURNED, leader, why, now);
    }

    /** Only members of the proposal's unit see it; administrators do not read dossiers. */
    public boolean visibleTo(Actor actor) {
        return actor.belongsTo(unit) && (actor.hasRole(Role.CLERK) || actor.hasRole(Role.UNIT_LEADER));
    }

    private void fill(Nominee nominee, Title title, String summary) {
        this.nominee = Objects.requireNonNull(nominee);
        if (title == null || !title.isActive()) {
            throw DomainException.invalid("title", "validation.required");
        }
        this.title = title;
        this.achievementSummary = Texts.required("summary", summary, MAX_SUMMARY, true);
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
        history.add(new ProposalEvent(this, action, actor, comment, at));
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

    public ProposalStatus getStatus() {
        return status;
    }

    public Nominee getNominee() {
        return nominee;
    }

    public Title getTitle() {
        return title;
    }

    public String getAchievementSummary() {
        return achievementSummary;
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

    public String getReturnReason() {
        return returnReason;
    }

    public List<ProposalEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
