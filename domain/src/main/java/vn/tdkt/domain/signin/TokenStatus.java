package vn.tdkt.domain.signin;

/** Whether an API token still signs in. */
public enum TokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
