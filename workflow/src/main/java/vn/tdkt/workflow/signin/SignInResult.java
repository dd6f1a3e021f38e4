package vn.tdkt.workflow.signin;

import java.util.Objects;
import vn.tdkt.domain.organisation.Actor;

/**
 * How a sign-in attempt ended: signed in as an actor; wrong (unknown name, wrong password or disabled account, told
 * apart nowhere); refused by the throttle before any password check; or not attempted because every password hash
 * thread was busy.
 */
public record SignInResult(Outcome outcome, Actor actor, Refusal refusal) {

    public enum Outcome {
        SIGNED_IN,
        WRONG,
        REFUSED,
        BUSY
    }

    public SignInResult {
        Objects.requireNonNull(outcome);
    }

    static SignInResult signedIn(Actor actor) {
        return new SignInResult(Outcome.SIGNED_IN, Objects.requireNonNull(actor), null);
    }

    static SignInResult wrong() {
        return new SignInResult(Outcome.WRONG, null, null);
    }

    static SignInResult refused(Refusal refusal) {
        return new SignInResult(Outcome.REFUSED, null, Objects.requireNonNull(refusal));
    }

    static SignInResult busy() {
        return new SignInResult(Outcome.BUSY, null, null);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
