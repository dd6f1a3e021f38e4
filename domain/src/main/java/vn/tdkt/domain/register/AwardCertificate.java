package vn.tdkt.domain.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The certificate of an award (bằng khen, giấy khen, giấy chứng nhận) as the public can check it: the award and
 * the code its QR code carries to the verification page. The code is unguessable and never an id, so that
 * nobody can walk the register through the public page.
 */
@Entity
@Table(name = "award_certificate")
public class AwardCertificate {

    @Id
    @SequenceGenerator(name = "award_certificate_seq", sequenceName = "award_certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_certificate_seq")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "award_id", nullable = false, updatable = false)
    private Award award;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    @Column(nullable = false, unique = true, length = 26, updatable = false)
    private String code;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    protected AwardCertificate() {
    }

    public AwardCertificate(Award award, String code, LocalDateTime now) {
        this.award = Objects.requireNonNull(award);
        this.decisionId = Objects.requireNonNull(award.getDecisionId(), "an award of a numbered decision");
        this.code = Objects.requireNonNull(code);
        this.issuedAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public Award getAward() {
        return award;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public String getCode() {
        return code;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }
}
