package vn.tdkt.domain.decision;

/** Where a commendation decision stands: issued (in force), or revoked by a recorded act. */
public enum DecisionStatus {
    ISSUED, REVOKED
}
