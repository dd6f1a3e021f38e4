package vn.tdkt.domain.blocreview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The bytes of a piece of evidence, in their own table so that the review page lists evidence without loading
 * files (as {@link vn.tdkt.domain.proposal.AttachmentContent} does for a dossier).
 */
@Entity
@Table(name = "bloc_evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "evidence_id")
    private Evidence evidence;

    @Column(nullable = false, columnDefinition = "bytea")
    private byte[] content;

    protected EvidenceContent() {
    }

    public EvidenceContent(Evidence evidence, byte[] content) {
        this.evidence = evidence;
        this.content = content.clone();
    }

    public Evidence getEvidence() {
        return evidence;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
