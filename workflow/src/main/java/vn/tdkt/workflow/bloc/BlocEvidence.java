package vn.tdkt.workflow.bloc;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.blocreview.Evidence;
import vn.tdkt.domain.blocreview.EvidenceContent;
import vn.tdkt.domain.document.AttachmentFile;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.proposal.DossierAttachments.StoredFile;

/**
 * Members' evidence of their self-scores (tài liệu minh chứng) on a bloc review: checked by content and size like a
 * dossier's files (same checks, same limit), added and withdrawn by the member itself while the scoring is open,
 * read by every member of the bloc that year and by the board.
 */
@Stateless
public class BlocEvidence {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    /**
     * The actor's unit adds a file to its self-score on one criterion; answers the new evidence's id. A refused file
     * changes nothing: the checks run before anything is stored.
     */
    public long add(Actor actor, long reviewId, int criterion, String fileName, byte[] content) {
        AttachmentFile file = AttachmentFile.accept(fileName, content, Settings.maxAttachmentBytes());
        BlocReview review = lockedForChange(actor, reviewId);
        Evidence evidence = review.attachEvidence(actor, criterion, file, BusinessClock.now());
        em.persist(evidence);
        em.persist(new EvidenceContent(evidence, file.content()));
        em.flush();
        return evidence.getId();
    }

    /** The actor's unit withdraws one of its files while the scoring is open. */
    public void remove(Actor actor, long reviewId, long evidenceId) {
        Evidence removed = lockedForChange(actor, reviewId).removeEvidence(actor, evidenceId);
        em.remove(removed);
        em.flush();
    }

    /** Every member's evidence on the review, for whoever may read the review. */
    public List<Evidence> of(Actor actor, long reviewId) {
        BlocReview review = em.find(BlocReview.class, reviewId);
        if (review == null || !review.isVisibleTo(actor)) {
            throw new DomainException("bloc.error.reviewNotFound");
        }
        return review.getEvidence();
    }

    /** The file as stored, for whoever may read its review; anyone else is answered as if it did not exist. */
    public StoredFile download(Actor actor, long evidenceId) {
        EvidenceContent content = em.find(EvidenceContent.class, evidenceId);
        if (content == null || !content.getEvidence().getReview().isVisibleTo(actor)) {
            throw new DomainException("attachment.error.notFound");
        }
        Evidence evidence = content.getEvidence();
        return new StoredFile(evidence.getFile().getFileName(), evidence.getFile().getContentType(),
                content.getContent());
    }

    /**
     * The review, locked until the end of the transaction: a file is never added after the head's consolidation has
     * closed the scoring in another transaction (the lock waits for it, then reads the closed review).
     */
    private BlocReview lockedForChange(Actor actor, long reviewId) {
        BlocReview review = em.find(BlocReview.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null || !review.isVisibleTo(actor)) {
            throw new DomainException("bloc.error.reviewNotFound");
        }
        return review;
    }
}
