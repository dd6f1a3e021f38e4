package vn.tdkt.workflow.signin;

import java.time.LocalDateTime;

/**
 * The throttle's answer to a sign-in attempt: refused (with the reason), or admitted with the failures now charged
 * against the account name and the address, this attempt included (refunded if its password is right).
 */
public record Admission(Refusal refusal, int accountFailures, int addressFailures, LocalDateTime at) {

    static Admission refused(Refusal refusal) {
        return new Admission(refusal, 0, 0, refusal.until());
    }

    public boolean admitted() {
        return refusal == null;
    }
}
