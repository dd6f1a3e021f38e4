package vn.tdkt.workflow.bloc;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.blocreview.RankingLine;
import vn.tdkt.domain.blocreview.ReviewKind;
import vn.tdkt.domain.document.FileType;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.eligibility.RuleSetCatalog;
import vn.tdkt.workflow.proposal.DossierAttachments.StoredFile;

/**
 * A bloc's reviews of its year (sơ kết, tổng kết) through process {@code bloc-annual-review}: the head opens one,
 * members score on the review page, the head consolidates and records the acclamation ballot (each completing the
 * head's task), and a year-end review's carried ballot ends in the bloc's proposals at the board — all in the
 * transaction of the ballot. Weights, quorum, threshold and the number of Bằng khen come from the rule set in force.
 */
@Stateless
public class BlocReviews {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    RuleSetCatalog ruleSets;

    @Inject
    Blocs blocs;

    @Inject
    Event<BlocReviewMilestone> milestones;

    /** The head opens a review of the year against a movement's criteria; answers its id. */
    public long open(Actor head, String blocCode, int year, ReviewKind kind, long movementId) {
        Bloc bloc = blocs.bloc(blocCode);
        Movement movement = em.find(Movement.class, movementId);
        if (movement == null) {
            throw new DomainException("bloc.error.noCriteria", String.valueOf(movementId));
        }
        if (!em.createQuery("select r.id from BlocReview r where r.bloc = :bloc and r.year = :year"
                + " and r.kind = :kind").setParameter("bloc", bloc).setParameter("year", year)
                .setParameter("kind", kind).getResultList().isEmpty()) {
            throw new DomainException("bloc.error.alreadyOpen", String.valueOf(year));
        }
        BlocReview review = BlocReview.open(bloc, year, kind, movement, head, BusinessClock.now());
        em.persist(review);
        em.flush();
        runtime.startProcessInstanceByKey(BlocKeys.PROCESS, BlocKeys.businessKey(review.getId()), Map.of(
                BlocKeys.VAR_REVIEW_ID, review.getId(),
                BlocKeys.VAR_HEAD_UNIT, head.unitCode(),
                BlocKeys.VAR_YEAR_END, kind == ReviewKind.YEAR_END));
        milestones.fire(new BlocReviewMilestone(review, BlocReviewMilestone.Kind.OPENED));
        return review.getId();
    }

    /** A review, for members of the bloc that year, the provincial board and administrators. */
    public BlocReview read(Actor actor, long id) {
        BlocReview review = em.find(BlocReview.class, id);
        if (review == null || !review.isVisibleTo(actor)) {
            throw new DomainException("bloc.error.reviewNotFound");
        }
        return review;
    }

    /** The reviews of the blocs the actor's unit belongs to (any year), newest first; all of them for the board. */
    public List<BlocReview> visibleTo(Actor actor) {
        return em.createQuery("select r from BlocReview r order by r.year desc, r.kind desc", BlocReview.class)
                .getResultStream().filter(r -> r.isVisibleTo(actor)).toList();
    }

    /**
     * The review's report for the conference (báo cáo sơ kết / tổng kết) as a Word document, as of today: for the
     * same readers as the review itself.
     */
    public StoredFile summary(Actor actor, long reviewId) {
        BlocReview review = read(actor, reviewId);
        return new StoredFile(BlocSummary.fileName(review), FileType.DOCX.contentType(),
                BlocSummary.write(review, BusinessClock.now().toLocalDate()));
    }

    public void scoreSelf(Actor actor, long reviewId, Map<Integer, BigDecimal> scores) {
        BlocReview review = read(actor, reviewId);
        boolean wasComplete = review.isFullyScored();
        review.scoreSelf(actor, scores);
        scored(review, wasComplete);
    }

    public void scorePeer(Actor actor, long reviewId, String scoredUnitCode, Map<Integer, BigDecimal> scores) {
        BlocReview review = read(actor, reviewId);
        boolean wasComplete = review.isFullyScored();
        review.scorePeer(actor, scoredUnitCode, scores);
        scored(review, wasComplete);
    }

    /**
     * The actor's unit's whole score sheet at once — its own column and each other member's — all saved or none.
     *
     * @param byUnit member code to its scores by criterion position; the actor's own unit is its self-scoring
     */
    public void scoreSheet(Actor actor, long reviewId, Map<String, Map<Integer, BigDecimal>> byUnit) {
        BlocReview review = read(actor, reviewId);
        boolean wasComplete = review.isFullyScored();
        byUnit.forEach((unit, scores) -> {
            if (unit.equals(actor.unitCode())) {
                review.scoreSelf(actor, scores);
            } else {
                review.scorePeer(actor, unit, scores);
            }
        });
        scored(review, wasComplete);
    }

    /** Saves the scores; the sheet that completes the review tells the head it can consolidate (once). */
    private void scored(BlocReview review, boolean wasComplete) {
        em.flush();
        if (!wasComplete && review.isFullyScored()) {
            milestones.fire(new BlocReviewMilestone(review, BlocReviewMilestone.Kind.FULLY_SCORED));
        }
    }

    /** The head closes the scoring: the ranking is computed and kept, the head's consolidation task completed. */
    public List<RankingLine> consolidate(Actor head, long reviewId) {
        BlocReview review = read(head, reviewId);
        List<RankingLine> ranking = review.consolidate(head, rules().parameter(BlocKeys.SELF_WEIGHT));
        em.flush();
        tasks.complete(task(reviewId, BlocKeys.TASK_CONSOLIDATE).getId());
        return ranking;
    }

    /**
     * The meeting's acclamation ballot for a unit ranked first (counts only). A carried ballot completes the
     * head's task; for a year-end review the process then creates the bloc's proposals in this transaction.
     */
    public boolean recordAcclamation(Actor head, long reviewId, String candidateCode, int members, int present,
            int votesFor) {
        BlocReview review = read(head, reviewId);
        RuleSet rules = rules();
        boolean carried = review.recordAcclamation(head, candidateCode, members, present, votesFor,
                rules.parameter(BlocKeys.QUORUM), rules.parameter(BlocKeys.THRESHOLD_OF_PRESENT));
        em.flush();
        if (carried) {
            tasks.complete(task(reviewId, BlocKeys.TASK_ACCLAMATION).getId(),
                    Map.of(BlocKeys.VAR_RECORDED_BY, head.username()));
        }
        return carried;
    }

    private Task task(long reviewId, String key) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(BlocKeys.businessKey(reviewId))
                .taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new DomainException("task.error.alreadyHandled", BlocKeys.businessKey(reviewId));
        }
        return task;
    }

    private RuleSet rules() {
        return ruleSets.inForceOn(BusinessClock.now().toLocalDate());
    }
}
