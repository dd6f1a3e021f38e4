package vn.tdkt.domain.signin;

/** What failed sign-ins are counted against: the account name typed, or the client address they came from. */
public enum ThrottleKind {
    /** The user name as typed (normalised), whether an account has it or not: unknown names are throttled alike. */
    ACCOUNT,
    /** The client's network address. */
    ADDRESS
}
