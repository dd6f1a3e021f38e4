package vn.tdkt.domain.proposal;

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
import java.util.Set;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Gender;
import vn.tdkt.domain.organisation.Person;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.register.Award;
import vn.tdkt.domain.register.Initiative;

/** One nominee of a dossier (một đối tượng trong danh sách đề nghị) with the title proposed for it. */
@Entity
@Table(name = "proposal_nominee")
public class ProposalNominee {

    @Id
    @SequenceGenerator(name = "proposal_nominee_seq", sequenceName = "proposal_nominee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_nominee_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private Proposal proposal;

    /** Order in the dossier's list, as the clerk entered or imported it. */
    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NomineeKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "full_name", nullable = false, length = NomineeDetails.MAX_NAME)
    private String name;

    @Column(length = NomineeDetails.MAX_DETAILS)
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Column(name = "achievement_report", nullable = false, length = NomineeDetails.MAX_REPORT)
    private String achievementReport;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "proposal_nominee_initiative", joinColumns = @JoinColumn(name = "nominee_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    protected ProposalNominee() {
    }

    ProposalNominee(Proposal proposal, int position, NomineeDetails details) {
        this.proposal = proposal;
        this.position = position;
        apply(details);
    }

    /** Takes the new details; answers whether anything changed, so that unchanged saves record no history. */
    boolean change(int newPosition, NomineeDetails details) {
        boolean changed = newPosition != position || !details.equals(details());
        position = newPosition;
        apply(details);
        return changed;
    }

    private void apply(NomineeDetails d) {
        kind = d.kind();
        person = d.person();
        name = d.name();
        details = d.details();
        gender = d.gender();
        birthDate = d.birthDate();
        title = d.title();
        achievementReport = d.achievementReport();
        initiatives.clear();
        initiatives.addAll(d.initiatives());
    }

    /** The register's line for this nominee once a decision commends it. */
    Award toAward(Unit unit, int year,
            CommendationDecision decision) {
        if (person != null) {
            return Award.toPerson(person, title, year, decision.getNumber(),
                    decision.getDate(), decision.getIssuer(), initiatives);
        }
        if (kind == NomineeKind.INDIVIDUAL) {
            return Award.toUnlinkedPerson(unit, name, title, year, decision.getNumber(),
                    decision.getDate(), decision.getIssuer(), initiatives);
        }
        return Award.toNamed(kind, unit, name, title, year, decision.getNumber(),
                decision.getDate(), decision.getIssuer());
    }

    /** What the clerk stated, as a value (for editing and comparison). */
    public NomineeDetails details() {
        return new NomineeDetails(kind, person, name, details, gender, birthDate, title, achievementReport,
                initiatives);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public NomineeKind getKind() {
        return kind;
    }

    public Person getPerson() {
        return person;
    }

    public String getName() {
        return name;
    }

    public String getDetails() {
        return details;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Title getTitle() {
        return title;
    }

    public String getAchievementReport() {
        return achievementReport;
    }

    public Set<Initiative> getInitiatives() {
        return Set.copyOf(initiatives);
    }
}
