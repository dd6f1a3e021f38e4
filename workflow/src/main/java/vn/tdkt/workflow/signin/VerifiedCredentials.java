package vn.tdkt.workflow.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic credentials this server verified in the last {@link #KEPT}, so that a script calling the API with
 * its password does not pay a password hash (hundreds of milliseconds of CPU) on every call. The password itself is
 * never kept: an entry is found by an HMAC of name and password under a random key of this process, and holds the
 * account's credential stamp, which changes with its password. The caller checks the stamp against the stored
 * account on every use, so a changed password or a disabled account ends the entry on every server at once.
 * Bounded: the oldest entries give way first.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration KEPT = Duration.ofMinutes(5);
    static final int CAPACITY = 10_000;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    /** A MAC per thread, keyed once: looking the algorithm up on every call would cost more than the MAC. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final Map<String, Verified> entries = new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > CAPACITY;
        }
    };

    /** What is known of a verified credential: whose it was, the account's stamp then, until when it is trusted. */
    public record Verified(String account, String stamp, LocalDateTime until) {
    }

    public VerifiedCredentials() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, HMAC);
    }

    /** The verified credential of this name and password, if one is trusted at {@code now}. */
    public Optional<Verified> recall(String account, char[] password, LocalDateTime now) {
        String fingerprint = fingerprint(account, password);
        synchronized (entries) {
            Verified verified = entries.get(fingerprint);
            if (verified != null && !now.isBefore(verified.until())) {
                entries.remove(fingerprint);
                return Optional.empty();
            }
            return Optional.ofNullable(verified);
        }
    }

    /** Remembers that this name and password signed in to the account with this stamp at {@code now}. */
    public void remember(String account, char[] password, String stamp, LocalDateTime now) {
        String fingerprint = fingerprint(account, password);
        synchronized (entries) {
            entries.put(fingerprint, new Verified(account, stamp, now.plus(KEPT)));
        }
    }

    /** Drops the entry of this name and password (its account's stamp no longer matches). */
    public void forget(String account, char[] password) {
        String fingerprint = fingerprint(account, password);
        synchronized (entries) {
            entries.remove(fingerprint);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private String fingerprint(String account, char[] password) {
        ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password == null ? new char[0] : password));
        byte[] bytes = new byte[secret.remaining()];
        secret.get(bytes);
        try {
            Mac mac = macs.get();
            mac.update(account.getBytes(StandardCharsets.UTF_8));
            // A separator no name contains, so that ("ab", "c") and ("a", "bc") never meet.
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(bytes));
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (secret.hasArray()) {
                Arrays.fill(secret.array(), (byte) 0);
            }
        }
    }
}
