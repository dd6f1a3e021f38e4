package vn.tdkt.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The bytes of an attachment, in their own table so that listing a dossier never loads files (the entity model
 * has no lazy basic fields without weaving).
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    @Column(nullable = false, columnDefinition = "bytea")
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(Attachment attachment, byte[] content) {
        this.attachment = attachment;
        this.content = content.clone();
    }

    public Attachment getAttachment() {
        return attachment;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
