package vn.tdkt.domain.blocreview;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import vn.tdkt.domain.document.AttachmentFile;
import vn.tdkt.domain.document.StoredFileFacts;
import vn.tdkt.domain.organisation.Unit;

/**
 * A file a member gives as evidence (tài liệu minh chứng) of its self-score on one criterion of a bloc review — a
 * report, a photo, a decision — checked like a dossier's attachment: its type read from the content, its size and
 * SHA-256 kept. The bytes live in {@link EvidenceContent}, read only on download. Made by
 * {@link BlocReview#attachEvidence}.
 */
@Entity
@Table(name = "bloc_evidence")
public class Evidence {

    @Id
    @SequenceGenerator(name = "bloc_evidence_seq", sequenceName = "bloc_evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bloc_evidence_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private BlocReview review;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Column(name = "criterion_position", nullable = false, updatable = false)
    private int criterion;

    @Embedded
    private StoredFileFacts file;

    protected Evidence() {
    }

    Evidence(BlocReview review, Unit unit, int criterion, AttachmentFile file, String uploadedBy,
            LocalDateTime uploadedAt) {
        this.review = Objects.requireNonNull(review);
        this.unit = Objects.requireNonNull(unit);
        this.criterion = criterion;
        this.file = StoredFileFacts.of(file, uploadedBy, uploadedAt);
    }

    /** Whether this is the unit's evidence for the criterion at {@code position}. */
    public boolean isFor(Unit member, int position) {
        return unit.equals(member) && criterion == position;
    }

    public Long getId() {
        return id;
    }

    public BlocReview getReview() {
        return review;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getCriterion() {
        return criterion;
    }

    /** The file's name, type, size, checksum and who gave it when. */
    public StoredFileFacts getFile() {
        return file;
    }
}
