package vn.tdkt.domain.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The revocation of some or all awards of a decision (thu hồi khen thưởng — Law on Emulation and Commendation 2022,
 * chapter VII): a decision of its own, numbered from the same body's book, with the reason; the awards it names
 * are marked in the register and no longer count for later titles.
 */
@Entity
@Table(name = "award_revocation")
public class Revocation {

    @Id
    @SequenceGenerator(name = "award_revocation_seq", sequenceName = "award_revocation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_revocation_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id", nullable = false, updatable = false)
    private Decision decision;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "number_id", nullable = false, updatable = false)
    private IssuedNumber number;

    @Column(name = "number_text", nullable = false, length = 64, updatable = false)
    private String numberText;

    @Column(name = "revocation_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, length = 2000, updatable = false)
    private String reason;

    @Column(name = "revoked_by", nullable = false, length = 100, updatable = false)
    private String revokedBy;

    @Column(name = "revoked_at", nullable = false, updatable = false)
    private LocalDateTime revokedAt;

    protected Revocation() {
    }

    Revocation(Decision decision, IssuedNumber number, String reason, String revokedBy, LocalDateTime now) {
        this.decision = decision;
        this.number = number;
        this.numberText = number.getText();
        this.date = now.toLocalDate();
        this.reason = reason;
        this.revokedBy = revokedBy;
        this.revokedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getNumberText() {
        return numberText;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getReason() {
        return reason;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
