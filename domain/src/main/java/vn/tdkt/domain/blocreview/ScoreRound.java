package vn.tdkt.domain.blocreview;

/** Self-scoring (tự chấm) by each member, or cross-scoring (chấm chéo) of each member by the others. */
public enum ScoreRound {
    SELF, PEER
}
