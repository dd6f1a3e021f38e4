package vn.tdkt.domain.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The base salary (mức lương cơ sở) in force from a date: reward amounts are multiples of it. It changes by its
 * own decrees (e.g. 2,340,000 đ from 01/07/2024, Decree 73/2024, art. 3.2), apart from the commendation rule sets.
 */
@Entity
@Table(name = "base_salary")
public class BaseSalary {

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(nullable = false)
    private long amount;

    @Column(name = "legal_basis", nullable = false, length = 300)
    private String legalBasis;

    protected BaseSalary() {
    }

    public BaseSalary(LocalDate effectiveFrom, long amount, String legalBasis) {
        this.effectiveFrom = effectiveFrom;
        this.amount = amount;
        this.legalBasis = legalBasis;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public long getAmount() {
        return amount;
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
