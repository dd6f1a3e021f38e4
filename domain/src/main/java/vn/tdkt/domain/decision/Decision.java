package vn.tdkt.domain.decision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.CommendationDecision;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.register.Award;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * A commendation decision (quyết định khen thưởng) over one or more dossiers waiting for the same body: one
 * number from the body's series, one annex (danh sách kèm theo) grouped by title or form and kind of nominee, with
 * the reward amounts of the rule set in force on its date. Nominees the approver leaves out keep a line with the
 * reason, for the notice to those not commended.
 */
@Entity
@Table(name = "award_decision")
public class Decision {

    public static final int MAX_SUBJECT = 500;
    private static final int MAX_REASON = 2000;

    @Id
    @SequenceGenerator(name = "award_decision_seq", sequenceName = "award_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_decision_seq")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "number_id", nullable = false, updatable = false)
    private IssuedNumber number;

    @Column(name = "number_text", nullable = false, length = 64, updatable = false)
    private String numberText;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "issuer_id", nullable = false, updatable = false)
    private DocumentIssuer issuer;

    @Column(name = "decision_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Column(name = "signer_name", nullable = false, length = 200, updatable = false)
    private String signerName;

    @Column(name = "signing_authority", length = 200, updatable = false)
    private String signingAuthority;

    @Column(name = "rule_set_id", nullable = false, updatable = false)
    private long ruleSetId;

    @Column(name = "base_salary", updatable = false)
    private Long baseSalary;

    @Column(name = "decided_by", nullable = false, length = 100, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private LocalDateTime decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DecisionStatus status;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<DecisionLine> lines = new ArrayList<>();

    @Version
    private long version;

    /** Only while the decision is being composed: the amounts of its lines (not stored: the lines keep them). */
    private transient RewardSchedule schedule;

    protected Decision() {
    }

    private Decision(IssuedNumber number, LocalDate date, String subject, String signerName,
            String signingAuthority, RewardSchedule schedule, Actor actor, LocalDateTime now) {
        this.number = number;
        this.numberText = number.getText();
        this.issuer = number.getSeries().getIssuer();
        this.date = date;
        this.subject = subject;
        this.signerName = signerName;
        this.signingAuthority = signingAuthority;
        this.ruleSetId = Objects.requireNonNull(schedule.getRuleSetId(), "the rule set is stored");
        this.baseSalary = schedule.getBaseSalary();
        this.decidedBy = actor.username();
        this.decidedAt = now;
        this.status = DecisionStatus.ISSUED;
        this.schedule = schedule;
    }

    /**
     * A decision under {@code number} (taken from the body's decision series), dated {@code date}: not in the future
     * and in the number's year, since the books run per calendar year (Decree 30/2020, art. 15).
     */
    public static Decision issue(IssuedNumber number, LocalDate date, String subject, String signerName,
            String signingAuthority, RewardSchedule schedule, Actor actor, LocalDateTime now) {
        if (number.getSeries().getType() != DocumentType.DECISION) {
            throw new IllegalArgumentException("Not a decision number: " + number.getText());
        }
        if (date == null || date.isAfter(now.toLocalDate()) || date.getYear() != number.getYear()) {
            throw DomainException.invalid("decisionDate", "decision.error.date");
        }
        String authority = Texts.normaliseMultiline(signingAuthority);
        return new Decision(number, date, Texts.required("subject", subject, MAX_SUBJECT, false),
                Texts.required("signer", signerName, 200, false),
                authority == null || authority.isEmpty() ? null : authority, Objects.requireNonNull(schedule), actor,
                now);
    }

    /**
     * Decides a dossier under this decision: every nominee gets a line, commended unless {@code leftOut} names it
     * with the reason; the dossier is decided for the commended, whose award-register lines are returned to store.
     * The decision must be stored first (its id marks the lines).
     */
    public List<Award> decide(Proposal proposal, Map<Long, String> leftOut, Actor signer, LocalDateTime now) {
        Set<Long> commended = cover(proposal, leftOut);
        return proposal.decideUnder(Objects.requireNonNull(id, "the decision is stored"), signer, asCommendation(),
                commended, now);
    }

    private Set<Long> cover(Proposal proposal, Map<Long, String> leftOut) {
        if (schedule == null) {
            throw new IllegalStateException("Decision " + numberText + " is issued; its annex is closed");
        }
        if (lines.stream().anyMatch(line -> line.getProposalId() == proposal.getId())) {
            throw new DomainException("decision.error.duplicateDossier", proposal.getNumber());
        }
        Set<Long> commended = new HashSet<>();
        for (ProposalNominee nominee : proposal.getNominees()) {
            boolean left = leftOut.containsKey(nominee.getId());
            String reason = left ? Texts.required("leftOutReason", leftOut.get(nominee.getId()), MAX_REASON, true)
                    : null;
            Long amount = left ? null : amountOf(nominee.getTitle(), nominee.getKind());
            lines.add(new DecisionLine(this, lines.size() + 1, proposal.getId(), nominee.getId(),
                    nominee.getTitle(), nominee.getKind(), nominee.getName(), nominee.getDetails(),
                    proposal.getUnit().getName(), !left, reason, amount));
            if (!left) {
                commended.add(nominee.getId());
            }
        }
        if (commended.isEmpty()) {
            throw DomainException.invalid("approvedNominees", "decision.error.noneApproved");
        }
        return commended;
    }

    private Long amountOf(Title title, NomineeKind kind) {
        var amount = schedule.amount(title, kind);
        return amount.isPresent() ? amount.getAsLong() : null;
    }

    /**
     * Revokes the awards of this decision named by {@code chosen} ({@code all} being every award it wrote) for the
     * reason, under a number from the body's decision book: by the approving leader for the province's decisions,
     * by the unit's head for the unit's own. The decision counts as revoked once every award is. The revocation
     * must be stored before the awards are marked ({@link Award#revokeUnder}).
     */
    public Revocation revoke(IssuedNumber revocationNumber, List<Award> all, Set<Long> chosen, String reason,
            Actor actor, LocalDateTime now) {
        boolean allowed = issuer.getUnit() == null ? actor.hasRole(Role.APPROVER)
                : actor.hasRole(Role.UNIT_LEADER) && actor.belongsTo(issuer.getUnit());
        if (!allowed) {
            throw new DomainException("error.forbidden");
        }
        if (all.stream().anyMatch(award -> !Objects.equals(award.getDecisionId(), id))) {
            throw new IllegalArgumentException("An award of another decision");
        }
        List<Award> named = all.stream().filter(award -> chosen.contains(award.getId())).toList();
        if (named.isEmpty() || named.size() != chosen.size()) {
            throw DomainException.invalid("awards", "revocation.error.noAward");
        }
        if (named.stream().anyMatch(Award::isRevoked)) {
            throw DomainException.invalid("awards", "revocation.error.alreadyRevoked",
                    named.stream().filter(Award::isRevoked).findFirst().orElseThrow().getNomineeName());
        }
        String why = Texts.required("reason", reason, MAX_REASON, true);
        if (all.stream().filter(award -> !award.isRevoked()).count() == named.size()) {
            status = DecisionStatus.REVOKED;
        }
        return new Revocation(this, revocationNumber, why, actor.username(), now);
    }

    /** The decision as each dossier and award-register line records it. */
    public CommendationDecision asCommendation() {
        return CommendationDecision.issued(numberText, date, signerName, issuer.getAwardIssuer());
    }

    /**
     * The annex: the commended in groups of one title or form and one kind (collectives first, then households,
     * then individuals, as decisions list them), titles in the catalog's order, lines in the order decided.
     */
    public List<AnnexGroup> annex() {
        Map<List<Object>, List<DecisionLine>> groups = lines.stream().filter(DecisionLine::isCommended)
                .sorted(Comparator.comparingInt((DecisionLine l) -> kindOrder(l.getKind()))
                        .thenComparingInt(l -> l.getTitle().getSortOrder())
                        .thenComparingInt(DecisionLine::getPosition))
                .collect(Collectors.groupingBy(l -> List.of(l.getKind(), l.getTitle().getCode()),
                        LinkedHashMap::new, Collectors.toList()));
        return groups.values().stream()
                .map(group -> new AnnexGroup(group.get(0).getTitle(), group.get(0).getKind(), group)).toList();
    }

    private static int kindOrder(NomineeKind kind) {
        return switch (kind) {
            case COLLECTIVE -> 0;
            case HOUSEHOLD -> 1;
            case INDIVIDUAL -> 2;
            case INITIATIVE -> 3;
        };
    }

    /** The nominees left out, with their reasons. */
    public List<DecisionLine> leftOut() {
        return lines.stream().filter(line -> !line.isCommended()).toList();
    }

    /** The sum of the stated amounts. */
    public long total() {
        return lines.stream().filter(DecisionLine::isCommended).map(DecisionLine::getAmount)
                .filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    public long commendedCount() {
        return lines.stream().filter(DecisionLine::isCommended).count();
    }

    /** The dossiers it covers, in the order they were added. */
    public List<Long> proposalIds() {
        return lines.stream().map(DecisionLine::getProposalId).distinct().toList();
    }

    public Long getId() {
        return id;
    }

    public IssuedNumber getNumber() {
        return number;
    }

    public String getNumberText() {
        return numberText;
    }

    public DocumentIssuer getIssuer() {
        return issuer;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getSubject() {
        return subject;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSigningAuthority() {
        return signingAuthority;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public Long getBaseSalary() {
        return baseSalary;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public List<DecisionLine> getLines() {
        return List.copyOf(lines);
    }

    /** A group of the annex: one title or form for one kind of nominee, with its total. */
    public record AnnexGroup(Title title, NomineeKind kind, List<DecisionLine> lines) {

        public AnnexGroup {
            lines = List.copyOf(lines);
        }

        public long total() {
            return lines.stream().map(DecisionLine::getAmount).filter(Objects::nonNull).mapToLong(Long::longValue)
                    .sum();
        }
    }
}
