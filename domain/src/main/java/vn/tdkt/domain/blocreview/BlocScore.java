package vn.tdkt.domain.blocreview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Objects;
import vn.tdkt.domain.organisation.Unit;

/** One score of one criterion: who scored whom, in which round. */
@Embeddable
public class BlocScore {

    @Enumerated(EnumType.STRING)
    @Column(name = "round", nullable = false, length = 8)
    private ScoreRound round;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "scorer_unit_id", nullable = false)
    private Unit scorer;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "scored_unit_id", nullable = false)
    private Unit scored;

    @Column(name = "criterion_position", nullable = false)
    private int criterion;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal score;

    protected BlocScore() {
    }

    BlocScore(ScoreRound round, Unit scorer, Unit scored, int criterion, BigDecimal score) {
        this.round = Objects.requireNonNull(round);
        this.scorer = Objects.requireNonNull(scorer);
        this.scored = Objects.requireNonNull(scored);
        this.criterion = criterion;
        this.score = Objects.requireNonNull(score);
    }

    public ScoreRound getRound() {
        return round;
    }

    public Unit getScorer() {
        return scorer;
    }

    public Unit getScored() {
        return scored;
    }

    public int getCriterion() {
        return criterion;
    }

    public BigDecimal getScore() {
        return score;
    }

    boolean by(ScoreRound inRound, Unit scorerUnit, Unit scoredUnit) {
        return round == inRound && scorer.equals(scorerUnit) && scored.equals(scoredUnit);
    }
}
