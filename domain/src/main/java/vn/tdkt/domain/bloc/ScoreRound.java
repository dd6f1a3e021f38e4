package vn.tdkt.domain.bloc;

/** Self-scoring (tự chấm) by each member, or cross-scoring (chấm chéo) of each member by the others. */
public enum ScoreRound {
    SELF, PEER
}
