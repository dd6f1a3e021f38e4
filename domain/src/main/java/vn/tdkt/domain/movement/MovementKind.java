package vn.tdkt.domain.movement;

/** Regular emulation over the year (thường xuyên) or a thematic campaign (theo chuyên đề, theo đợt) — Law 2022, art. 16. */
public enum MovementKind {
    REGULAR, THEMATIC
}
