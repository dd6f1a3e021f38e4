package vn.tdkt.domain.decision;

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
import java.time.LocalDateTime;
import java.util.Objects;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * A number issued from a series' book for a year: who took it, when and for what. A number is never reused; it
 * is withdrawn only by a recorded cancellation (hủy số), which keeps it in the book with the reason.
 */
@Entity
@Table(name = "document_number")
public class IssuedNumber {

    @Id
    @SequenceGenerator(name = "document_number_seq", sequenceName = "document_number_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_number_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "series_id", nullable = false, updatable = false)
    private DocumentSeries series;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(nullable = false, length = 64, updatable = false)
    private String text;

    @Column(nullable = false, length = 500, updatable = false)
    private String purpose;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100, updatable = false)
    private String issuedBy;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "cancelled_by", length = 100)
    private String cancelledBy;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    protected IssuedNumber() {
    }

    /** The record of {@code sequenceNumber}, just taken from the book of {@code series} for {@code year}. */
    public IssuedNumber(DocumentSeries series, int year, int sequenceNumber, String purpose, Actor issuer,
            LocalDateTime now) {
        this.series = Objects.requireNonNull(series);
        this.year = year;
        this.sequenceNumber = sequenceNumber;
        this.text = series.format(sequenceNumber);
        this.purpose = Texts.required("purpose", purpose, 500, false);
        this.issuedBy = issuer.username();
        this.issuedAt = Objects.requireNonNull(now);
    }

    /**
     * Cancels the number with the reason (e.g. a document withdrawn before it was sent); the number stays taken.
     * Administrators and approvers keep the books.
     */
    public void cancel(Actor actor, String reason, LocalDateTime now) {
        actor.require(Role.ADMIN, Role.APPROVER);
        if (cancelledAt != null) {
            throw new DomainException("documentNumber.error.cancelled", text);
        }
        cancelReason = Texts.required("reason", reason, 2000, true);
        cancelledBy = actor.username();
        cancelledAt = Objects.requireNonNull(now);
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long getId() {
        return id;
    }

    public DocumentSeries getSeries() {
        return series;
    }

    public int getYear() {
        return year;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public String getText() {
        return text;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
