package vn.tdkt.workflow.signature;

/**
 * The server cannot sign now, and why: callers show the reason to an administrator instead of a stack trace, and
 * nothing half-signed is produced.
 */
public final class SigningUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What stands in the way. */
    public enum Reason {
        /** Neither a PKCS#12 keystore nor a PKCS#11 token is configured. */
        NOT_CONFIGURED,
        /** The keystore or token is configured but cannot be opened (missing file, wrong password or PIN). */
        KEYSTORE_UNREADABLE,
        /** No key, several keys and no alias, or no key under the configured alias. */
        KEY_NOT_FOUND,
        /** The signing certificate's validity has not begun (Thông tư 15/2025: checked before signing). */
        CERTIFICATE_NOT_YET_VALID,
        /** The signing certificate has expired. */
        CERTIFICATE_EXPIRED,
        /** The key is weaker than Thông tư 15/2025 allows (RSA below 2048 bits, EC below 256). */
        WEAK_KEY,
        /** The time-stamp authority did not answer or is no longer configured. */
        TIME_STAMP_FAILED,
        /** The token or the signature library failed while signing. */
        SIGNING_FAILED
    }

    private final Reason reason;

    public SigningUnavailable(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public SigningUnavailable(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
