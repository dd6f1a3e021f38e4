package vn.tdkt.web.bloc;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.blocreview.RankingLine;
import vn.tdkt.domain.blocreview.ReviewStatus;
import vn.tdkt.domain.blocreview.ScoreRound;
import vn.tdkt.domain.movement.Criterion;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.bloc.BlocEvidence;
import vn.tdkt.workflow.bloc.BlocReviews;

/**
 * Backing bean of {@code bloc-review.xhtml}: one review of the bloc — each member's progress, the scoring form of
 * the user's unit (itself, then each other member), the ranking once consolidated, and the head's consolidation
 * and acclamation ballot; each member's evidence of its self-score per criterion (its own to add and remove while
 * the scoring is open, the others' to read while cross-scoring) and the review's report for the conference.
 */
@Named
@ViewScoped
public class BlocReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BlocReviews reviews;

    /** The key the evidence messages are shown under, beside the score sheet rather than at the top of the page. */
    public static final String EVIDENCE_MESSAGES = "evidence";

    @Inject
    BlocEvidence evidenceService;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Long id;
    private BlocReview review;
    /** The user's unit's score sheet: "UNIT:position" to the score given (its own column is self-scoring). */
    private final Map<String, BigDecimal> sheet = new LinkedHashMap<>();
    private List<EvidenceLink> evidence = List.of();
    private String candidate;
    private Integer ballotMembers;
    private Integer ballotPresent;
    private Integer ballotFor;

    public void load() {
        try {
            review = reviews.read(currentUser.actor(), id == null ? -1 : id);
            fillSheet();
            loadEvidence();
            if (ballotMembers == null) {
                ballotMembers = review.members().size();
            }
        } catch (DomainException e) {
            review = null;
            messages.error(e);
        }
    }

    private void loadEvidence() {
        evidence = evidenceService.of(currentUser.actor(), review.getId()).stream().map(EvidenceLink::new).toList();
    }

    /**
     * Stores a file as evidence of the user's unit's self-score on the criterion the upload belongs to (the
     * component's {@code criterion} attribute). A refused file leaves the scores typed so far and the files
     * already stored as they are: only the upload is sent.
     */
    public void uploadEvidence(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        Object criterion = event.getComponent().getAttributes().get("criterion");
        try (InputStream in = file.getInputStream()) {
            evidenceService.add(currentUser.actor(), id, Integer.parseInt(String.valueOf(criterion)),
                    file.getFileName(), in.readAllBytes());
            messages.infoAt(EVIDENCE_MESSAGES, "bloc.evidenceAdded", file.getFileName());
            loadEvidence();
        } catch (DomainException e) {
            messages.error(EVIDENCE_MESSAGES, e.messageKey(), e.arguments());
        } catch (IOException e) {
            messages.error(EVIDENCE_MESSAGES, "attachment.error.unreadable");
        }
    }

    /** Withdraws one of the user's unit's files while the scoring is open. */
    public void removeEvidence(long evidenceId) {
        try {
            evidenceService.remove(currentUser.actor(), id, evidenceId);
            messages.infoAt(EVIDENCE_MESSAGES, "bloc.evidenceRemoved");
            loadEvidence();
        } catch (DomainException e) {
            messages.error(EVIDENCE_MESSAGES, e.messageKey(), e.arguments());
        }
    }

    /** A member's files for one criterion, oldest first. */
    public List<EvidenceLink> evidence(String unitCode, int position) {
        return evidence.stream().filter(e -> e.isFor(unitCode, position)).toList();
    }

    /** Every member's files, for the list shown outside the score sheet (after scoring, or to the board). */
    public List<EvidenceLink> getEvidence() {
        return evidence;
    }

    /** The name of the criterion at a position, for the evidence list. */
    public String criterionName(int position) {
        return review.getMovement().getCriteria().stream().filter(c -> c.getPosition() == position)
                .map(Criterion::getName).findFirst().orElse("");
    }

    /** The scores the user's unit has given so far, one column per member. */
    private void fillSheet() {
        sheet.clear();
        Unit own = unit(currentUser.getUnitCode());
        if (own == null) {
            return;
        }
        for (Unit scored : review.members()) {
            ScoreRound round = own.equals(scored) ? ScoreRound.SELF : ScoreRound.PEER;
            Map<Integer, BigDecimal> given = review.scoresBy(round, own, scored);
            review.getMovement().getCriteria().forEach(c -> sheet.put(key(scored.getCode(), c.getPosition()),
                    given.get(c.getPosition())));
        }
    }

    /** The key of one cell of the sheet, as the page writes it. */
    public String key(String unitCode, int position) {
        return unitCode + ":" + position;
    }

    /** Saves the whole sheet; a member's column left empty is not scored yet. All saved or none. */
    public void saveScores() {
        try {
            Map<String, Map<Integer, BigDecimal>> byUnit = new LinkedHashMap<>();
            for (Unit scored : review.members()) {
                Map<Integer, BigDecimal> column = new LinkedHashMap<>();
                review.getMovement().getCriteria().forEach(c -> {
                    BigDecimal score = sheet.get(key(scored.getCode(), c.getPosition()));
                    if (score != null) {
                        column.put(c.getPosition(), score);
                    }
                });
                if (!column.isEmpty()) {
                    byUnit.put(scored.getCode(), column);
                }
            }
            reviews.scoreSheet(currentUser.actor(), id, byUnit);
            messages.info("blocReview.scoresSaved", unit(currentUser.getUnitCode()).getName());
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void consolidate() {
        try {
            reviews.consolidate(currentUser.actor(), id);
            messages.info("blocReview.consolidated");
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void recordAcclamation() {
        try {
            boolean carried = reviews.recordAcclamation(currentUser.actor(), id, candidate,
                    ballotMembers == null ? 0 : ballotMembers, ballotPresent == null ? 0 : ballotPresent,
                    ballotFor == null ? 0 : ballotFor);
            if (carried) {
                messages.info("blocReview.acclaimed", unit(candidate).getName());
            } else {
                messages.error(null, "blocReview.notAcclaimed", unit(candidate).getName());
            }
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    private Unit unit(String code) {
        return review.members().stream().filter(u -> u.getCode().equals(code)).findFirst().orElse(null);
    }

    public boolean isMember() {
        return review != null && unit(currentUser.getUnitCode()) != null;
    }

    public boolean isHead() {
        return review != null && review.getBloc().headIn(review.getYear())
                .map(head -> head.getCode().equals(currentUser.getUnitCode())).orElse(false);
    }

    public boolean isScoring() {
        return review != null && review.getStatus() == ReviewStatus.SCORING;
    }

    public boolean isConsolidated() {
        return review != null && review.getStatus() == ReviewStatus.CONSOLIDATED;
    }

    /** Whether the member has scored itself and every other member. */
    public boolean finished(Unit unit) {
        return review.hasFinishedScoring(unit);
    }

    /** The units that may be acclaimed: those ranked first. */
    public List<Unit> getFirstRanked() {
        return review.getRanking().stream().filter(line -> line.getRank() == 1).map(RankingLine::getUnit).toList();
    }

    public List<Criterion> getCriteria() {
        return review.getMovement().getCriteria();
    }

    /**
     * The scores by criterion as a Chart.js bar chart (PrimeFaces {@code p:chart}): one group per unit in ranking
     * order, one bar per criterion, each the unit's average there as a percentage of the criterion's maximum.
     */
    public String getChartJson() {
        if (review == null || review.getRanking().isEmpty()) {
            return null;
        }
        List<Unit> units = review.getRanking().stream().map(RankingLine::getUnit).toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        units.forEach(unit -> labels.add(unit.getName()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Criterion criterion : review.getMovement().getCriteria()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            units.forEach(unit -> data.add(review.criterionShare(unit, criterion.getPosition())
                    .orElse(BigDecimal.ZERO)));
            datasets.add(Json.createObjectBuilder().add("label", criterion.getName()).add("data", data));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder().add("y", Json
                                .createObjectBuilder().add("min", 0).add("max", 100))))
                .build().toString();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BlocReview getReview() {
        return review;
    }

    public Map<String, BigDecimal> getSheet() {
        return sheet;
    }

    public String getCandidate() {
        return candidate;
    }

    public void setCandidate(String candidate) {
        this.candidate = candidate;
    }

    public Integer getBallotMembers() {
        return ballotMembers;
    }

    public void setBallotMembers(Integer ballotMembers) {
        this.ballotMembers = ballotMembers;
    }

    public Integer getBallotPresent() {
        return ballotPresent;
    }

    public void setBallotPresent(Integer ballotPresent) {
        this.ballotPresent = ballotPresent;
    }

    public Integer getBallotFor() {
        return ballotFor;
    }

    public void setBallotFor(Integer ballotFor) {
        this.ballotFor = ballotFor;
    }
}
