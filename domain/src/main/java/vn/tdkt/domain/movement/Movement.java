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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * An emulation movement (phong trào thi đua), launched by the province or a bloc for a period, with criteria and
 * the last day on which proposals for it are received.
 */
@Entity
@Table(name = "movement")
public class Movement {

    @Id
    @SequenceGenerator(name = "movement_seq", sequenceName = "movement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "movement_seq")
    private Long id;

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
