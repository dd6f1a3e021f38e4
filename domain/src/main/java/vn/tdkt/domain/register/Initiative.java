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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import vn.tdkt.domain.organisation.Person;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * An initiative (sáng kiến) recognised by a council, with its recognition decision and scope. Several titles
 * need one; an initiative counts for one title only (Law 2022, art. 74).
 */
@Entity
@Table(name = "initiative")
public class Initiative {

    @Id
    @SequenceGenerator(name = "initiative_seq", sequenceName = "initiative_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id")
    private Person author;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "recognition_number", nullable = false, length = 64)
    private String recognitionNumber;

    @Column(name = "recognised_on", nullable = false)
    private LocalDate recognisedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InitiativeScope scope;

    protected Initiative() {
    }

    public Initiative(Unit unit, Person author, String name, String recognitionNumber, LocalDate recognisedOn,
            InitiativeScope scope) {
        this.unit = Objects.requireNonNull(unit);
        this.author = author;
        this.name = Texts.required("name", name, 500, false);
        this.recognitionNumber = Texts.required("recognitionNumber", recognitionNumber, 64, false);
        if (recognisedOn == null) {
            throw DomainException.invalid("recognisedOn", "validation.required");
        }
        this.recognisedOn = recognisedOn;
        this.scope = Objects.requireNonNull(scope);
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public Person getAuthor() {
        return author;
    }

    public String getName() {
        return name;
    }

    public String getRecognitionNumber() {
        return recognitionNumber;
    }

    public LocalDate getRecognisedOn() {
        return recognisedOn;
    }

    public InitiativeScope getScope() {
        return scope;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Initiative i && id != null && id.equals(i.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
