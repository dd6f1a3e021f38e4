package vn.tdkt.workflow.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import vn.tdkt.domain.organisation.PasswordHash;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.signin.FailedAttempts;
import vn.tdkt.domain.signin.ThrottleKind;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * Signing in with a user name and password (đăng nhập), for the login page and for HTTP Basic on the REST API.
 * Every attempt that is not refused costs the same work whether the name exists or not, and whether the account is
 * enabled or not: one password hash, against the account's or against a hash nobody knows, so that timing does
 * not tell which names exist. Attempts are throttled per account name and per client address
 * ({@link SignInThrottle}); a refused attempt costs no hash at all, and a remembered refusal not even a database
 * round trip. A plain bean, not a transactional service: it is called by the sign-in mechanisms, outside any
 * transaction, and each database step it takes is a short transaction of its own, so the hash (hundreds of
 * milliseconds) holds no database connection, and a refusal under a flood of guesses costs no more than it must.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    SignInThrottle throttle;

    @Inject
    RefusalMemo memo;

    @Inject
    PasswordWork hashes;

    @Inject
    VerifiedCredentials verified;

    @Inject
    UserDirectory users;

    /** A sign-in on the login page from {@code address}. */
    public SignInResult withPassword(String username, char[] password, String address) {
        return attempt(accountName(username), password, FailedAttempts.subject(address)).result();
    }

    /**
     * An API call with HTTP Basic credentials from {@code address}. A lockout of the name or the address refuses it
     * like any sign-in; otherwise a name and password verified within the last minutes is trusted again without a
     * hash, as long as the account is enabled and its password unchanged; anything else is a full attempt, throttled
     * like the login page's.
     */
    public SignInResult basic(String username, char[] password, String address) {
        String account = accountName(username);
        String from = FailedAttempts.subject(address);
        LocalDateTime now = BusinessClock.now();
        Optional<Refusal> remembered = remembered(account, from, now);
        if (remembered.isPresent()) {
            return SignInResult.refused(remembered.get());
        }
        Optional<VerifiedCredentials.Verified> known = verified.recall(account, password, now);
        if (known.isPresent()) {
            Optional<UserAccount> stored = users.enabledAccount(account);
            if (stored.isPresent() && stored.get().credentialStamp().equals(known.get().stamp())) {
                return SignInResult.signedIn(stored.get().toActor());
            }
            verified.forget(account, password);
        }
        Attempt attempt = attempt(account, password, from);
        if (attempt.result().signedIn()) {
            verified.remember(account, password, attempt.account().credentialStamp(), now);
        }
        return attempt.result();
    }

    /**
     * The refusals this server remembers for this name and for this address: when there is any, an HTTP Basic
     * sign-in with them is refused now before any other work (a database round trip, a hash). Reads only this
     * server's memory, so it may be asked on any thread.
     */
    public List<Refusal> refusedOnSight(String username, String address) {
        LocalDateTime now = BusinessClock.now();
        return Stream.of(memo.recall(ThrottleKind.ACCOUNT, accountName(username), now),
                memo.recall(ThrottleKind.ADDRESS, FailedAttempts.subject(address), now)).flatMap(Optional::stream)
                .toList();
    }

    /** A refusal this server remembers for the name or the address. */
    private Optional<Refusal> remembered(String account, String address, LocalDateTime now) {
        return memo.recall(ThrottleKind.ACCOUNT, account, now)
                .or(() -> memo.recall(ThrottleKind.ADDRESS, address, now));
    }

    private record Attempt(SignInResult result, UserAccount account) {
    }

    private Attempt attempt(String account, char[] password, String address) {
        LocalDateTime now = BusinessClock.now();
        Optional<Refusal> remembered = remembered(account, address, now);
        if (remembered.isPresent()) {
            return new Attempt(SignInResult.refused(remembered.get()), null);
        }
        // A hash thread first: when every one is taken and enough sign-ins already wait, the attempt is answered
        // "busy" without even a database round trip, so that a flood costs the server as little as possible.
        if (!hashes.enter()) {
            return new Attempt(SignInResult.busy(), null);
        }
        Admission admission;
        Optional<UserAccount> stored;
        boolean right;
        try {
            admission = throttle.admit(account, address);
            if (!admission.admitted()) {
                memo.remember(admission.refusal(), now);
                return new Attempt(SignInResult.refused(admission.refusal()), null);
            }
            stored = users.account(account);
            right = stored.map(user -> user.authenticates(password))
                    .orElseGet(() -> PasswordHash.matchesNobody(password));
        } finally {
            hashes.leave();
        }
        if (right) {
            throttle.succeeded(account, address);
            return new Attempt(SignInResult.signedIn(stored.get().toActor()), stored.get());
        }
        throttle.failed(account, address, admission);
        return new Attempt(SignInResult.wrong(), null);
    }

    /** The name as accounts are stored (trimmed, lower case) and as failures are counted against it. */
    static String accountName(String username) {
        return FailedAttempts.subject(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }
}
