package vn.tdkt.domain.signin;

/** What the security log records. */
public enum SecurityEventKind {
    /** An account name reached the failures that lock it out (the subject need not be an existing account). */
    ACCOUNT_LOCKED,
    /** A client address reached the failures that lock it out. */
    ADDRESS_LOCKED,
    /** An administrator lifted an account's lockout before its end. */
    ACCOUNT_UNLOCKED,
    /** An administrator lifted an address's lockout before its end. */
    ADDRESS_UNLOCKED,
    /** A user created a personal API token. */
    TOKEN_CREATED,
    /** A user revoked one of their API tokens. */
    TOKEN_REVOKED
}
