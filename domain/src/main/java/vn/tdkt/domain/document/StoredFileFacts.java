package vn.tdkt.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What is kept about a stored file beside its bytes — its cleaned name, checked type, size, SHA-256 checksum, and
 * who stored it when — for a dossier's attachments and a bloc member's evidence alike.
 */
@Embeddable
public class StoredFileFacts {

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected StoredFileFacts() {
    }

    public StoredFileFacts(String fileName, String contentType, long size, String sha256, String uploadedBy,
            LocalDateTime uploadedAt) {
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /** The facts of a file that passed the checks, stored by {@code uploadedBy} at {@code uploadedAt}. */
    public static StoredFileFacts of(AttachmentFile file, String uploadedBy, LocalDateTime uploadedAt) {
        return new StoredFileFacts(file.fileName(), file.contentType(), file.size(), file.sha256(), uploadedBy,
                uploadedAt);
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
