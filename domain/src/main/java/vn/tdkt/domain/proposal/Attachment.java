package vn.tdkt.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDateTime;
import java.util.List;
import vn.tdkt.domain.document.SignatureSeen;
import vn.tdkt.domain.document.StoredFileFacts;

/**
 * A file of a dossier (tệp đính kèm hồ sơ): what it is, its checked type, size and SHA-256 checksum, who added it
 * when. The bytes live in {@link AttachmentContent}, read only on download.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AttachmentKind kind;

    @Embedded
    private StoredFileFacts file;

    /** The digital signatures the validator read on the file at upload (none for files without). */
    @Column(length = 2000)
    private String signatures;

    protected Attachment() {
    }

    Attachment(Proposal proposal, AttachmentKind kind, String fileName, String contentType, long size,
            String sha256, String uploadedBy, LocalDateTime uploadedAt) {
        this.proposal = proposal;
        this.kind = kind;
        this.file = new StoredFileFacts(fileName, contentType, size, sha256, uploadedBy, uploadedAt);
    }

    /** Keeps what the validator read on the uploaded file. */
    public void recordSignatures(List<SignatureSeen> seen) {
        signatures = SignatureSeen.format(seen);
    }

    public List<SignatureSeen> getSignatures() {
        return SignatureSeen.parse(signatures);
    }

    public Long getId() {
        return id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return file.getFileName();
    }

    public String getContentType() {
        return file.getContentType();
    }

    public long getSize() {
        return file.getSize();
    }

    public String getSha256() {
        return file.getSha256();
    }

    public String getUploadedBy() {
        return file.getUploadedBy();
    }

    public LocalDateTime getUploadedAt() {
        return file.getUploadedAt();
    }
}
