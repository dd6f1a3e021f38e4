package vn.tdkt.domain.organisation;

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
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * A person of a unit (cán bộ, công chức, chiến sĩ): the one awards, initiatives and discipline records name, and
 * whose history the eligibility rules read. Not necessarily a user of the system.
 */
@Entity
@Table(name = "person")
public class Person {

    public static final int MAX_NAME = 200;

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "full_name", nullable = false, length = MAX_NAME)
    private String fullName;

    @Column(length = 200)
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    protected Person() {
    }

    public Person(Unit unit, String fullName, String position, Gender gender, LocalDate birthDate) {
        this.unit = Objects.requireNonNull(unit);
        this.fullName = Texts.required("fullName", fullName, MAX_NAME, false);
        this.position = Texts.normalise(position);
        this.gender = gender;
        if (birthDate != null && birthDate.getYear() < 1900) {
            throw DomainException.invalid("birthDate", "validation.date.invalid");
        }
        this.birthDate = birthDate;
    }

    /** Whether a typed name (any spacing, case or Unicode form) and an optional birth date point at this person. */
    public boolean matches(String name, LocalDate born) {
        String typed = Texts.normalise(name);
        return typed != null && typed.equalsIgnoreCase(fullName)
                && (born == null || birthDate == null || born.equals(birthDate));
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person person && id != null && id.equals(person.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
