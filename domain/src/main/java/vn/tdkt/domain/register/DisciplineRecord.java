package vn.tdkt.domain.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/** A discipline measure (hình thức kỷ luật) against a person, in force from one date until another or open-ended. */
@Entity
@Table(name = "discipline_record")
public class DisciplineRecord {

    @Id
    @SequenceGenerator(name = "discipline_record_seq", sequenceName = "discipline_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discipline_record_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(nullable = false, length = 200)
    private String measure;

    @Column(name = "decision_number", nullable = false, length = 64)
    private String decisionNumber;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_until")
    private LocalDate effectiveUntil;

    protected DisciplineRecord() {
    }

    public DisciplineRecord(Person person, String measure, String decisionNumber, LocalDate effectiveFrom,
            LocalDate effectiveUntil) {
        this.person = Objects.requireNonNull(person);
        this.measure = Texts.required("measure", measure, 200, false);
        this.decisionNumber = Texts.required("decisionNumber", decisionNumber, 64, false);
        if (effectiveFrom == null || (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom))) {
            throw DomainException.invalid("effectiveUntil", "discipline.error.period");
        }
        this.effectiveFrom = effectiveFrom;
        this.effectiveUntil = effectiveUntil;
    }

    /** Whether the measure binds on the date: from its first day up to and including its last. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getMeasure() {
        return measure;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }
}
