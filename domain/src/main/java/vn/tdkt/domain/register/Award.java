package vn.tdkt.domain.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Person;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * One line of the award register (sổ khen thưởng): a title or form given to a nominee for a year's achievements
 * by a decision (số, ngày, cơ quan ban hành), with the initiatives it counted. Lines are evidence: no mutators.
 */
@Entity
@Table(name = "award")
public class Award {

    @Id
    @SequenceGenerator(name = "award_seq", sequenceName = "award_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false, length = 16)
    private NomineeKind nomineeKind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "nominee_name", nullable = false, length = 200)
    private String nomineeName;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Column(name = "award_year", nullable = false)
    private int year;

    @Column(name = "decision_number", nullable = false, length = 64)
    private String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(nullable = false, length = 255)
    private String issuer;

    /**
     * The proposal whose decision wrote this line (null for lines entered from older paper records): an id, not a
     * relation, so that the register does not load dossiers.
     */
    @Column(name = "proposal_id", updatable = false)
    private Long proposalId;

    /** The numbered decision it was decided under (null for lines decided or entered before numbered decisions). */
    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    /** The revocation that withdrew it (thu hồi), if any: a revoked award no longer counts for later titles. */
    @Column(name = "revocation_id")
    private Long revocationId;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "award_initiative", joinColumns = @JoinColumn(name = "award_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    protected Award() {
    }

    private Award(NomineeKind kind, Person person, Unit unit, String nomineeName, Title title, int year,
            String decisionNumber, LocalDate decisionDate, String issuer, Set<Initiative> initiatives) {
        this.nomineeKind = Objects.requireNonNull(kind);
        this.person = person;
        this.unit = Objects.requireNonNull(unit);
        this.nomineeName = Texts.required("nomineeName", nomineeName, 200, false);
        this.title = Objects.requireNonNull(title);
        this.year = year;
        this.decisionNumber = Texts.required("decisionNumber", decisionNumber, 64, false);
        if (decisionDate == null || decisionDate.getYear() < year) {
            throw DomainException.invalid("decisionDate", "award.error.decisionBeforeYear");
        }
        this.decisionDate = decisionDate;
        this.issuer = Texts.required("issuer", issuer, 255, false);
        this.initiatives.addAll(initiatives);
    }

    /** An award to a person of a unit. */
    /** Marks the line as written by that proposal's decision; set once, with the decision. */
    public Award decidedOn(long proposal) {
        if (proposalId != null) {
            throw new IllegalStateException("award already belongs to proposal " + proposalId);
        }
        this.proposalId = proposal;
        return this;
    }

    /** Marks the line as decided under that numbered decision; set once, with the decision. */
    public Award underDecision(long decision) {
        if (decisionId != null) {
            throw new IllegalStateException("award already belongs to decision " + decisionId);
        }
        this.decisionId = decision;
        return this;
    }

    /** Withdraws the award under that revocation; an award is revoked once. */
    public void revokeUnder(long revocation) {
        if (revocationId != null) {
            throw new DomainException("revocation.error.alreadyRevoked", nomineeName);
        }
        this.revocationId = revocation;
    }

    public boolean isRevoked() {
        return revocationId != null;
    }

    public Long getRevocationId() {
        return revocationId;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public static Award toPerson(Person person, Title title, int year, String decisionNumber, LocalDate decisionDate,
            String issuer, Set<Initiative> initiatives) {
        return new Award(NomineeKind.INDIVIDUAL, person, person.getUnit(), person.getFullName(), title, year,
                decisionNumber, decisionDate, issuer, initiatives);
    }

    /** An award to a person the register does not know yet (typed in the dossier, not matched to a person). */
    public static Award toUnlinkedPerson(Unit unit, String name, Title title, int year, String decisionNumber,
            LocalDate decisionDate, String issuer, Set<Initiative> initiatives) {
        return new Award(NomineeKind.INDIVIDUAL, null, unit, name, title, year, decisionNumber, decisionDate, issuer,
                initiatives);
    }

    /** An award to a collective, household or initiative, named as the decision names it. */
    public static Award toNamed(NomineeKind kind, Unit unit, String name, Title title, int year,
            String decisionNumber, LocalDate decisionDate, String issuer) {
        if (kind == NomineeKind.INDIVIDUAL) {
            throw new IllegalArgumentException("Individual awards name a person");
        }
        return new Award(kind, null, unit, name, title, year, decisionNumber, decisionDate, issuer, Set.of());
    }

    public Long getId() {
        return id;
    }

    public NomineeKind getNomineeKind() {
        return nomineeKind;
    }

    public Person getPerson() {
        return person;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public Title getTitle() {
        return title;
    }

    public int getYear() {
        return year;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getIssuer() {
        return issuer;
    }

    public Set<Initiative> getInitiatives() {
        return Set.copyOf(initiatives);
    }
}
