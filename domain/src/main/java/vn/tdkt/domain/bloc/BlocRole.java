package vn.tdkt.domain.bloc;

/** A member's role in the bloc for a year: head (khối trưởng), deputy (khối phó) or member. */
public enum BlocRole {
    HEAD, DEPUTY, MEMBER
}
