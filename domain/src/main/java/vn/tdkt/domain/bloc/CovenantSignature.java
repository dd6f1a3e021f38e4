package vn.tdkt.domain.bloc;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import vn.tdkt.domain.organisation.Unit;

/** A member's acknowledgement of the covenant: which unit, which leader, when. */
@Embeddable
public class CovenantSignature {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "signed_by", nullable = false, length = 64)
    private String signedBy;

    @Column(name = "signer_name", nullable = false, length = 200)
    private String signerName;

    @Column(name = "signed_at", nullable = false)
    private LocalDateTime signedAt;

    protected CovenantSignature() {
    }

    CovenantSignature(Unit unit, String signedBy, String signerName, LocalDateTime signedAt) {
        this.unit = unit;
        this.signedBy = signedBy;
        this.signerName = signerName;
        this.signedAt = signedAt;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getSignerName() {
        return signerName;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }
}
