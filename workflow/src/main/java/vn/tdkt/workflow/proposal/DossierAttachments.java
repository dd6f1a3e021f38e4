package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.tdkt.domain.document.AttachmentFile;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Attachment;
import vn.tdkt.domain.proposal.AttachmentContent;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.signature.UploadedSignatures;

/**
 * Files of a dossier (tệp đính kèm): checked by content and size, stored with their checksum in our own tables,
 * outside the process engine; read back only by those who may see the dossier.
 */
@Stateless
public class DossierAttachments {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    ProposalRepository proposals;

    /** Adds a file to an editable dossier; returns the new attachment's id. */
    public long add(Actor clerk, long proposalId, AttachmentKind kind, String fileName, byte[] content) {
        Proposal proposal = proposals.visible(clerk, proposalId);
        AttachmentFile file = AttachmentFile.accept(fileName, content, Settings.maxAttachmentBytes());
        Attachment attachment = proposal.attach(kind, file.fileName(), file.contentType(), file.size(),
                file.sha256(), clerk, BusinessClock.now());
        if ("application/pdf".equals(file.contentType())) {
            attachment.recordSignatures(UploadedSignatures.read(file.content()));
        }
        Transitions.guarded("proposal.error.changedMeanwhile", proposal.getNumber(), proposals::flush);
        em.persist(new AttachmentContent(attachment, file.content()));
        em.flush();
        return attachment.getId();
    }

    /** Removes a file from an editable dossier. */
    public void remove(Actor clerk, long proposalId, long attachmentId) {
        Proposal proposal = proposals.visible(clerk, proposalId);
        proposal.detach(attachmentId, clerk, BusinessClock.now());
        Transitions.guarded("proposal.error.changedMeanwhile", proposal.getNumber(), proposals::flush);
    }

    /** The file as stored, for whoever may see its dossier; another unit's file answers like a missing one. */
    public StoredFile download(Actor actor, long attachmentId) {
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        if (content == null) {
            throw new DomainException("attachment.error.notFound");
        }
        Attachment attachment = content.getAttachment();
        proposals.visible(actor, attachment.getProposal().getId());
        return new StoredFile(attachment.getFileName(), attachment.getContentType(), content.getContent());
    }

    /** A file read back for download. */
    public record StoredFile(String fileName, String contentType, byte[] content) {
    }
}
