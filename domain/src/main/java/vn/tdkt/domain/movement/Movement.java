package vn.tdkt.domain.movement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * An emulation movement (phong trào thi đua), launched by the province or a bloc for a period with a plan (kế
 * hoạch) and criteria (tiêu chí), the last day units register the titles they aim for (đăng ký danh hiệu) and the
 * last day on which proposals for it are received. A province movement is kept by the board (appraisers) and the
 * administrators; a bloc movement by the clerk of the unit heading the bloc in the movement's year. Its criteria
 * are fixed once a bloc review scores against them (the scores name criteria by position).
 */
@Entity
@Table(name = "movement")
public class Movement {

    @Id
    @SequenceGenerator(name = "movement_seq", sequenceName = "movement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "movement_seq")
    private Long id;

    /** The plan's text is kept within this many characters. */
    public static final int MAX_PLAN = 10_000;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MovementKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "launched_by_id")
    private Unit launchedBy;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "proposal_deadline")
    private LocalDate proposalDeadline;

    @Column(name = "registration_deadline")
    private LocalDate registrationDeadline;

    @Column(length = MAX_PLAN)
    private String plan;

    /** The bloc that launched it; none for a movement of the province. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "bloc_id")
    private Bloc bloc;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "movement_criterion", joinColumns = @JoinColumn(name = "movement_id"))
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected Movement() {
    }

    public Movement(String code, String name, MovementKind kind, Unit launchedBy, LocalDate startsOn,
            LocalDate endsOn, LocalDate proposalDeadline, List<Criterion> criteria) {
        this.code = Texts.required("code", code, 32, false);
        this.name = Texts.required("name", name, 300, false);
        this.kind = Objects.requireNonNull(kind);
        this.launchedBy = launchedBy;
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw DomainException.invalid("endsOn", "movement.error.period");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.proposalDeadline = proposalDeadline;
        this.criteria.addAll(criteria);
    }

    /**
     * A movement as it was launched outside the application (the seed, an import): the same rules on its details,
     * no keeper's check.
     */
    public Movement(String code, Unit launchedBy, Bloc bloc, MovementDetails details) {
        this.code = Texts.required("code", code, 32, false);
        this.launchedBy = launchedBy;
        this.bloc = bloc;
        apply(details);
    }

    /**
     * Launches a movement: of the province (no bloc) by an administrator or an appraiser of the board, or of a
     * bloc by the clerk of the unit heading it in the movement's year. The launcher is the actor's unit.
     */
    public static Movement launch(String code, MovementDetails details, Bloc bloc, Unit launcher, Actor actor) {
        Movement movement = new Movement();
        movement.code = Texts.required("code", code, 32, false);
        movement.bloc = bloc;
        movement.launchedBy = Objects.requireNonNull(launcher);
        movement.requireKeeper(actor, details.startsOn());
        movement.apply(details);
        return movement;
    }

    /**
     * The keeper changes the movement; the criteria are replaced as a whole, and only while no review scores
     * against them ({@code criteriaInUse}: a bloc review references this movement).
     */
    public void revise(MovementDetails details, boolean criteriaInUse, Actor actor) {
        requireKeeper(actor, startsOn);
        requireKeeper(actor, details.startsOn());
        if (criteriaInUse && !sameCriteria(details.criteria())) {
            throw DomainException.invalid("criteria", "movement.error.criteriaInUse");
        }
        apply(details);
    }

    /** Whether the actor may change this movement (for pages to offer it; the use cases check again). */
    public boolean isKeptBy(Actor actor) {
        try {
            requireKeeper(actor, startsOn);
            return true;
        } catch (DomainException no) {
            return false;
        }
    }

    private void requireKeeper(Actor actor, LocalDate start) {
        if (bloc == null) {
            actor.require(Role.ADMIN, Role.APPRAISER);
            return;
        }
        actor.require(Role.CLERK);
        if (start == null) {
            throw DomainException.invalid("startsOn", "validation.required");
        }
        bloc.requireHeadedBy(start.getYear(), actor.unitCode());
    }

    private void apply(MovementDetails details) {
        String newName = Texts.required("name", details.name(), 300, false);
        MovementKind newKind = details.kind();
        if (newKind == null) {
            throw DomainException.invalid("kind", "validation.required");
        }
        String newPlan = Texts.normaliseMultiline(details.plan());
        if (newPlan != null && newPlan.codePointCount(0, newPlan.length()) > MAX_PLAN) {
            throw DomainException.invalid("plan", "validation.tooLong", MAX_PLAN);
        }
        LocalDate start = details.startsOn();
        LocalDate end = details.endsOn();
        if (start == null) {
            throw DomainException.invalid("startsOn", "validation.required");
        }
        if (end == null) {
            throw DomainException.invalid("endsOn", "validation.required");
        }
        if (end.isBefore(start)) {
            throw DomainException.invalid("endsOn", "movement.error.period");
        }
        if (details.registrationDeadline() != null && details.registrationDeadline().isAfter(end)) {
            throw DomainException.invalid("registrationDeadline", "movement.error.registrationDeadline");
        }
        if (details.proposalDeadline() != null && details.proposalDeadline().isBefore(start)) {
            throw DomainException.invalid("proposalDeadline", "movement.error.proposalDeadline");
        }
        List<Criterion> newCriteria = checkedCriteria(details.criteria());
        this.name = newName;
        this.kind = newKind;
        this.plan = newPlan == null || newPlan.isEmpty() ? null : newPlan;
        this.startsOn = start;
        this.endsOn = end;
        this.registrationDeadline = details.registrationDeadline();
        this.proposalDeadline = details.proposalDeadline();
        if (!sameCriteria(newCriteria)) {
            criteria.clear();
            criteria.addAll(newCriteria);
        }
    }

    /** Criteria numbered 1..n in their order, with names unique regardless of case. */
    private static List<Criterion> checkedCriteria(List<Criterion> given) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Criterion criterion = given.get(i);
            if (criterion.getPosition() != i + 1) {
                throw DomainException.invalid("criteria", "movement.error.criterionOrder", String.valueOf(i + 1));
            }
            if (!names.add(criterion.getName().toLowerCase(Locale.ROOT))) {
                throw DomainException.invalid("criteria", "movement.error.criterionDuplicate", criterion.getName());
            }
        }
        return given;
    }

    private boolean sameCriteria(List<Criterion> other) {
        if (other.size() != criteria.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            if (!criteria.get(i).sameAs(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether units may still register (or change) the titles they aim for on that date: until the registration
     * deadline, or without one until the period ends.
     */
    public boolean registersTitlesOn(LocalDate date) {
        return !date.isAfter(getRegistrationCloses());
    }

    /** The last day of title registration: the deadline, or the period's end when there is none. */
    public LocalDate getRegistrationCloses() {
        return registrationDeadline != null ? registrationDeadline : endsOn;
    }

    /** The year a bloc movement belongs to (its members and head): the year it starts. */
    public int getYear() {
        return startsOn.getYear();
    }

    /**
     * Refuses a unit that does not take part: a bloc movement is for the bloc's members of its year; a province
     * movement for every unit.
     */
    public void requireParticipant(Unit unit) {
        if (!takesPart(unit.getCode())) {
            throw new DomainException("movement.error.notParticipant", unit.getName(), bloc.getName());
        }
    }

    /** Whether the unit of that code takes part: a member of the bloc in the movement's year, or any unit. */
    public boolean takesPart(String unitCode) {
        return bloc == null
                || bloc.membersIn(getYear()).stream().anyMatch(m -> m.getUnit().getCode().equals(unitCode));
    }

    /** Whether proposals are still received on the date; a movement without a deadline always receives them. */
    public boolean receivesProposalsOn(LocalDate date) {
        return proposalDeadline == null || !date.isAfter(proposalDeadline);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public MovementKind getKind() {
        return kind;
    }

    public Unit getLaunchedBy() {
        return launchedBy;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getProposalDeadline() {
        return proposalDeadline;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public String getPlan() {
        return plan;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public List<Criterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Movement m && Objects.equals(code, m.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
