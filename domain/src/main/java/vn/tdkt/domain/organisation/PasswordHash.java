package vn.tdkt.domain.organisation;

import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash in the self-describing form
 * {@code pbkdf2-sha256$iterations$salt$hash} (Base64), so that the work factor can be raised later without
 * invalidating stored hashes.
 */
public final class PasswordHash {

    /** OWASP's 2023 guidance for PBKDF2-HMAC-SHA256. */
    static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** A stored hash asking for more work than this is treated as tampered, not computed for hours. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    public static String create(char[] password) {
        return create(password, ITERATIONS);
    }

    static String create(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /**
     * The same work as checking a password against a real account's hash, for a name that has no account (or
     * an account that may not sign in): the answer then takes as long as for a real one, so that timing does not
     * tell which user names exist. Always false.
     */
    public static boolean matchesNobody(char[] password) {
        matches(password == null ? new char[0] : password, Nobody.HASH);
        return false;
    }

    /** Constant-time check of a password against a stored hash; a malformed hash never matches. */
    public static boolean matches(char[] password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * The hash of a random password nobody knows, made once with the production work factor (the first check of
     * an unknown name pays for it, once per server).
     */
    private static final class Nobody {

        static final String HASH = create(randomPassword());

        private static char[] randomPassword() {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes).toCharArray();
        }
    }

    /**
     * Vietnamese keyboards may send a letter precomposed or as base letter plus marks; NFC first, so that the
     * same password typed either way derives the same key.
     */
    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        char[] normalised = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC).toCharArray();
        try {
            PBEKeySpec spec = new PBEKeySpec(normalised, salt, iterations, HASH_BITS);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            Arrays.fill(normalised, '\0');
        }
    }
}
