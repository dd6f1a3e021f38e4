package vn.tdkt.domain.blocreview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Objects;
import vn.tdkt.domain.organisation.Unit;

/**
 * A member's line of the consolidated ranking: its self score, the average of the other members' scores, the
 * final score (both weighted by the rule set) and its rank — equal finals share a rank (1, 2, 2, 4).
 * Scores are out of 100: each criterion's score over its maximum, weighted by the criterion's weight.
 */
@Embeddable
public class RankingLine {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "self_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal selfScore;

    @Column(name = "peer_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal peerScore;

    @Column(name = "final_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal finalScore;

    @Column(nullable = false)
    private int rank;

    protected RankingLine() {
    }

    RankingLine(Unit unit, BigDecimal selfScore, BigDecimal peerScore, BigDecimal finalScore, int rank) {
        this.unit = Objects.requireNonNull(unit);
        this.selfScore = selfScore;
        this.peerScore = peerScore;
        this.finalScore = finalScore;
        this.rank = rank;
    }

    public Unit getUnit() {
        return unit;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public BigDecimal getPeerScore() {
        return peerScore;
    }

    public BigDecimal getFinalScore() {
        return finalScore;
    }

    public int getRank() {
        return rank;
    }
}
