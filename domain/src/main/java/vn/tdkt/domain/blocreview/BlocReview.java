package vn.tdkt.domain.blocreview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocMember;
import vn.tdkt.domain.document.AttachmentFile;
import vn.tdkt.domain.movement.Criterion;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/**
 * A review of the bloc's year against a movement's criteria (sơ kết at mid-year, tổng kết at year end), opened by
 * the year's head: every member scores itself, then every other member (never itself in that round); the head
 * consolidates the ranking once every member has done both; the meeting's secret acclamation ballot (counts only,
 * no voter) confirms the leading unit; a year-end review then proposes the Cờ thi đua for it and Bằng khen for the
 * next ones.
 */
@Entity
@Table(name = "bloc_review")
public class BlocReview {

    /** Files of evidence one member may give for one criterion: enough for a report, photos and decisions. */
    public static final int MAX_EVIDENCE_PER_CRITERION = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @SequenceGenerator(name = "bloc_review_seq", sequenceName = "bloc_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bloc_review_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(name = "review_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewKind kind;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "movement_id", nullable = false)
    private Movement movement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewStatus status = ReviewStatus.SCORING;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bloc_score", joinColumns = @JoinColumn(name = "review_id"))
    private List<BlocScore> scores = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bloc_ranking", joinColumns = @JoinColumn(name = "review_id"))
    @OrderBy("rank")
    private List<RankingLine> ranking = new ArrayList<>();

    /** Members' evidence of their self-scores; read only when asked for (the page, a new file's checks). */
    @OneToMany(mappedBy = "review", fetch = FetchType.LAZY, orphanRemoval = true)
    @OrderBy("id")
    private List<Evidence> evidence = new ArrayList<>();

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "leading_unit_id")
    private Unit leadingUnit;

    @Column(name = "ballot_members")
    private Integer ballotMembers;

    @Column(name = "ballot_present")
    private Integer ballotPresent;

    @Column(name = "ballot_for")
    private Integer ballotFor;

    protected BlocReview() {
    }

    private BlocReview(Bloc bloc, int year, ReviewKind kind, Movement movement, String openedBy,
            LocalDateTime openedAt) {
        this.bloc = bloc;
        this.year = year;
        this.kind = kind;
        this.movement = movement;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** The head of the bloc that year opens the review; the movement gives the criteria. */
    public static BlocReview open(Bloc bloc, int year, ReviewKind kind, Movement movement, Actor actor,
            LocalDateTime now) {
        actor.require(Role.UNIT_LEADER, Role.CLERK);
        bloc.requireHeadedBy(year, actor.unitCode());
        if (movement.getCriteria().isEmpty()) {
            throw new DomainException("bloc.error.noCriteria", movement.getName());
        }
        return new BlocReview(bloc, year, Objects.requireNonNull(kind), movement, actor.username(), now);
    }

    /** The actor's unit scores itself, one score per criterion (every required one; each within its range). */
    public void scoreSelf(Actor actor, Map<Integer, BigDecimal> byCriterion) {
        Unit own = memberOf(actor);
        record(ScoreRound.SELF, own, own, byCriterion);
    }

    /** The actor's unit scores another member; a unit never scores itself in this round. */
    public void scorePeer(Actor actor, String scoredUnitCode, Map<Integer, BigDecimal> byCriterion) {
        Unit scorer = memberOf(actor);
        if (scorer.getCode().equals(scoredUnitCode)) {
            throw new DomainException("bloc.error.selfInPeerRound");
        }
        Unit scored = members().stream().filter(u -> u.getCode().equals(scoredUnitCode)).findFirst()
                .orElseThrow(() -> new DomainException("bloc.error.notMember", String.valueOf(scoredUnitCode)));
        record(ScoreRound.PEER, scorer, scored, byCriterion);
    }

    private void record(ScoreRound round, Unit scorer, Unit scored, Map<Integer, BigDecimal> byCriterion) {
        if (status != ReviewStatus.SCORING) {
            throw new DomainException("bloc.error.scoringClosed");
        }
        List<BlocScore> fresh = new ArrayList<>();
        for (Criterion criterion : movement.getCriteria()) {
            BigDecimal score = byCriterion == null ? null : byCriterion.get(criterion.getPosition());
            if (score == null) {
                if (criterion.isRequired()) {
                    throw DomainException.invalid("criterion-" + criterion.getPosition(), "bloc.error.requiredScore",
                            criterion.getName());
                }
                continue;
            }
            if (score.signum() < 0 || score.compareTo(criterion.getMaxScore()) > 0) {
                throw DomainException.invalid("criterion-" + criterion.getPosition(), "bloc.error.scoreRange",
                        criterion.getName(), criterion.getMaxScore().stripTrailingZeros().toPlainString());
            }
            fresh.add(new BlocScore(round, scorer, scored, criterion.getPosition(),
                    score.setScale(2, RoundingMode.HALF_UP)));
        }
        if (byCriterion != null && byCriterion.keySet().stream().anyMatch(position -> movement.getCriteria()
                .stream().noneMatch(c -> c.getPosition() == position))) {
            throw new DomainException("bloc.error.unknownCriterion");
        }
        scores.removeIf(s -> s.by(round, scorer, scored));
        scores.addAll(fresh);
    }

    /**
     * The actor's unit gives a checked file as evidence of its self-score on one criterion, while the scoring is
     * open: a unit's evidence is its own (nobody adds to another member's), at most
     * {@value #MAX_EVIDENCE_PER_CRITERION} files per criterion, the same file not twice. The caller stores the bytes.
     */
    public Evidence attachEvidence(Actor actor, int position, AttachmentFile file, LocalDateTime now) {
        Unit own = memberOf(actor);
        requireEvidenceOpen();
        Criterion criterion = criterion(position);
        List<Evidence> given = evidence.stream().filter(e -> e.isFor(own, position)).toList();
        if (given.size() >= MAX_EVIDENCE_PER_CRITERION) {
            throw DomainException.invalid(AttachmentFile.FIELD, "bloc.error.tooMuchEvidence",
                    String.valueOf(MAX_EVIDENCE_PER_CRITERION), criterion.getName());
        }
        given.stream().filter(e -> e.getFile().getSha256().equals(file.sha256())).findFirst().ifPresent(same -> {
            throw DomainException.invalid(AttachmentFile.FIELD, "attachment.error.duplicate",
                    same.getFile().getFileName());
        });
        Evidence added = new Evidence(this, own, position, file, actor.username(), now);
        evidence.add(added);
        return added;
    }

    /** The actor's unit withdraws one of its own files of evidence while the scoring is open; answers it. */
    public Evidence removeEvidence(Actor actor, long evidenceId) {
        Unit own = memberOf(actor);
        requireEvidenceOpen();
        Evidence found = evidence.stream().filter(e -> e.getId() != null && e.getId() == evidenceId).findFirst()
                .orElseThrow(() -> new DomainException("attachment.error.notFound"));
        if (!found.getUnit().equals(own)) {
            throw new DomainException("bloc.error.notOwnEvidence", found.getUnit().getName());
        }
        evidence.remove(found);
        return found;
    }

    /** Evidence is part of the self-scoring: it closes with the scoring, so the ranking rests on what was seen. */
    private void requireEvidenceOpen() {
        if (status != ReviewStatus.SCORING) {
            throw DomainException.invalid(AttachmentFile.FIELD, "bloc.error.evidenceClosed");
        }
    }

    /** Every member's evidence, in the order it was given. */
    public List<Evidence> getEvidence() {
        return List.copyOf(evidence);
    }

    /** One member's evidence for one criterion, in the order it was given. */
    public List<Evidence> evidenceOf(Unit member, int position) {
        return evidence.stream().filter(e -> e.isFor(member, position)).toList();
    }

    /**
     * Who may read the review, its evidence and its summary: the members of the bloc in the review's year, and the
     * provincial board (appraisers, approvers) and administrators.
     */
    public boolean isVisibleTo(Actor actor) {
        return bloc.isOpenTo(actor, year);
    }

    /**
     * The head closes the scoring and ranks the members: final = self × selfWeight% + peer average × the rest.
     *
     * @throws DomainException naming the first member that has not scored itself, or has not scored another
     */
    public List<RankingLine> consolidate(Actor actor, int selfWeightPercent) {
        requireHead(actor);
        if (status != ReviewStatus.SCORING) {
            throw new DomainException("bloc.error.alreadyConsolidated");
        }
        List<Unit> members = members();
        for (Unit member : members) {
            if (!hasScored(ScoreRound.SELF, member, member)) {
                throw new DomainException("bloc.error.missingSelfScores", member.getName());
            }
        }
        for (Unit scorer : members) {
            for (Unit scored : members) {
                if (!scorer.equals(scored) && !hasScored(ScoreRound.PEER, scorer, scored)) {
                    throw new DomainException("bloc.error.missingPeerScores", scorer.getName(), scored.getName());
                }
            }
        }
        BigDecimal selfWeight = BigDecimal.valueOf(selfWeightPercent);
        List<RankingLine> lines = new ArrayList<>();
        for (Unit member : members) {
            BigDecimal self = normalised(ScoreRound.SELF, member, member);
            BigDecimal peer = members.stream().filter(other -> !other.equals(member))
                    .map(other -> normalised(ScoreRound.PEER, other, member))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(members.size() - 1L), 2, RoundingMode.HALF_UP);
            BigDecimal fin = self.multiply(selfWeight).add(peer.multiply(HUNDRED.subtract(selfWeight)))
                    .divide(HUNDRED, 2, RoundingMode.HALF_UP);
            lines.add(new RankingLine(member, self, peer, fin, 0));
        }
        lines.sort(Comparator.comparing(RankingLine::getFinalScore).reversed()
                .thenComparing(line -> line.getUnit().getName()));
        ranking.clear();
        for (int i = 0; i < lines.size(); i++) {
            RankingLine line = lines.get(i);
            int rank = i > 0 && line.getFinalScore().compareTo(lines.get(i - 1).getFinalScore()) == 0
                    ? ranking.get(i - 1).getRank() : i + 1;
            ranking.add(new RankingLine(line.getUnit(), line.getSelfScore(), line.getPeerScore(),
                    line.getFinalScore(), rank));
        }
        status = ReviewStatus.CONSOLIDATED;
        return List.copyOf(ranking);
    }

    /**
     * The meeting's secret acclamation ballot (suy tôn) for a unit ranked first: counts only. It carries when the
     * votes for reach {@code thresholdPercent} of the members present, with a quorum of
     * {@code quorumPercent} of the members. Answers whether it carried; a ballot that did not carry may be held
     * again.
     */
    public boolean recordAcclamation(Actor actor, String candidateCode, int members, int present, int votesFor,
            int quorumPercent, int thresholdPercent) {
        requireHead(actor);
        if (status != ReviewStatus.CONSOLIDATED) {
            throw new DomainException(status == ReviewStatus.SCORING ? "bloc.error.notConsolidated"
                    : "bloc.error.alreadyVoted");
        }
        RankingLine candidate = ranking.stream().filter(line -> line.getUnit().getCode().equals(candidateCode))
                .findFirst().orElseThrow(() -> new DomainException("bloc.error.notMember", candidateCode));
        if (candidate.getRank() != 1) {
            throw new DomainException("bloc.error.notFirst", candidate.getUnit().getName());
        }
        if (members <= 0 || present < 0 || present > members || votesFor < 0 || votesFor > present) {
            throw DomainException.invalid("votesFor", "bloc.error.ballotCounts");
        }
        ballotMembers = members;
        ballotPresent = present;
        ballotFor = votesFor;
        boolean quorum = present * 100L >= (long) quorumPercent * members;
        boolean carried = quorum && votesFor * 100L >= (long) thresholdPercent * present;
        if (carried) {
            leadingUnit = candidate.getUnit();
            status = ReviewStatus.VOTED;
        }
        return carried;
    }

    /** The units the year-end proposals are for: the leading unit, then the next {@code count} by rank. */
    public List<Unit> runnersUp(int count) {
        if (leadingUnit == null) {
            return List.of();
        }
        List<RankingLine> others = ranking.stream().filter(line -> !line.getUnit().equals(leadingUnit)).toList();
        if (others.size() <= count) {
            return others.stream().map(RankingLine::getUnit).toList();
        }
        // Units tied with the last one taken are taken too: the ranking cannot tell them apart.
        BigDecimal cut = others.get(count - 1).getFinalScore();
        return others.stream().filter(line -> line.getFinalScore().compareTo(cut) >= 0).map(RankingLine::getUnit)
                .toList();
    }

    /** The proposals were created (once: a replay finds the review already proposed). */
    public void markProposed() {
        if (status != ReviewStatus.VOTED || kind != ReviewKind.YEAR_END) {
            throw new DomainException(status == ReviewStatus.PROPOSED ? "bloc.error.alreadyProposed"
                    : "bloc.error.notVoted");
        }
        status = ReviewStatus.PROPOSED;
    }

    /**
     * How a member did on one criterion: the average of every score it was given there (its own and the others'),
     * as a percentage of the criterion's maximum; empty when nobody scored it.
     */
    public Optional<BigDecimal> criterionShare(Unit scored, int position) {
        Criterion criterion = criterion(position);
        List<BigDecimal> given = scores.stream().filter(s -> s.getScored().equals(scored)
                && s.getCriterion() == position).map(BlocScore::getScore).toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = given.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.multiply(HUNDRED).divide(criterion.getMaxScore().multiply(
                BigDecimal.valueOf(given.size())), 2, RoundingMode.HALF_UP));
    }

    /**
     * The average of every score given on one criterion (self and cross scores of every member), in the
     * criterion's own points; empty when nobody scored it.
     */
    public Optional<BigDecimal> criterionAverage(int position) {
        criterion(position);
        List<BigDecimal> given = scores.stream().filter(s -> s.getCriterion() == position).map(BlocScore::getScore)
                .toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(given.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP));
    }

    private Criterion criterion(int position) {
        return movement.getCriteria().stream().filter(c -> c.getPosition() == position).findFirst()
                .orElseThrow(() -> new DomainException("bloc.error.unknownCriterion"));
    }

    /** A member's total for a round as scored by one unit, out of 100. */
    private BigDecimal normalised(ScoreRound round, Unit scorer, Unit scored) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Criterion criterion : movement.getCriteria()) {
            weights = weights.add(criterion.getWeight());
            Optional<BlocScore> score = scores.stream().filter(s -> s.by(round, scorer, scored)
                    && s.getCriterion() == criterion.getPosition()).findFirst();
            if (score.isPresent()) {
                weighted = weighted.add(score.get().getScore().multiply(criterion.getWeight())
                        .divide(criterion.getMaxScore(), 6, RoundingMode.HALF_UP));
            }
        }
        return weighted.multiply(HUNDRED).divide(weights, 2, RoundingMode.HALF_UP);
    }

    private boolean hasScored(ScoreRound round, Unit scorer, Unit scored) {
        return scores.stream().anyMatch(s -> s.by(round, scorer, scored));
    }

    private Unit memberOf(Actor actor) {
        actor.require(Role.UNIT_LEADER, Role.CLERK);
        return members().stream().filter(u -> u.getCode().equals(actor.unitCode())).findFirst()
                .orElseThrow(() -> new DomainException("bloc.error.notMember", actor.unitCode()));
    }

    private void requireHead(Actor actor) {
        actor.require(Role.UNIT_LEADER, Role.CLERK);
        bloc.requireHeadedBy(year, actor.unitCode());
    }

    /** The bloc's members in the review's year, the head first. */
    public List<Unit> members() {
        return bloc.membersIn(year).stream().map(BlocMember::getUnit).toList();
    }

    /** Whether every member has given its own scores and scored every other member: consolidation may start. */
    public boolean isFullyScored() {
        return members().stream().allMatch(this::hasFinishedScoring);
    }

    /** Whether the unit has given its own scores, and scored every other member. */
    public boolean hasFinishedScoring(Unit unit) {
        return hasScored(ScoreRound.SELF, unit, unit) && members().stream()
                .allMatch(other -> other.equals(unit) || hasScored(ScoreRound.PEER, unit, other));
    }

    /** The scores one unit gave another in a round, by criterion position. */
    public Map<Integer, BigDecimal> scoresBy(ScoreRound round, Unit scorer, Unit scored) {
        Map<Integer, BigDecimal> given = new TreeMap<>();
        scores.stream().filter(s -> s.by(round, scorer, scored)).forEach(s -> given.put(s.getCriterion(),
                s.getScore()));
        return given;
    }

    public Long getId() {
        return id;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public int getYear() {
        return year;
    }

    public ReviewKind getKind() {
        return kind;
    }

    public Movement getMovement() {
        return movement;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public List<RankingLine> getRanking() {
        return List.copyOf(ranking);
    }

    public Unit getLeadingUnit() {
        return leadingUnit;
    }

    public Integer getBallotMembers() {
        return ballotMembers;
    }

    public Integer getBallotPresent() {
        return ballotPresent;
    }

    public Integer getBallotFor() {
        return ballotFor;
    }
}
