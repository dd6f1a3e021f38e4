package vn.tdkt.workflow.certificate;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The code of a certificate's public verification page, printed in its QR code: 128 random bits, so that nobody
 * reaches a certificate by counting or guessing (never derived from an id, which is sequential). Written in
 * RFC 4648 base32 without padding, upper case: 26 characters, no {@code 0/O} or {@code 1/I} to confuse when read
 * aloud, and the QR code's compact alphanumeric mode takes it.
 */
public record VerificationCode(String value) {

    public static final int LENGTH = 26;

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a verification code");
        }
    }

    public static VerificationCode random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new VerificationCode(base32(bytes));
    }

    /**
     * Whether {@code text} can be a code at all: exactly 26 characters of the alphabet, the last one carrying only the
     * 3 bits left of the 128 (the others zero). Checked before any lookup, so that whatever a visitor types never
     * reaches the database unless it has the code's exact shape.
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        // 26 × 5 = 130 bits: the last character's lowest 2 bits are padding, zero in every code this class makes.
        return (ALPHABET.indexOf(text.charAt(LENGTH - 1)) & 0b11) == 0;
    }

    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 0x1F));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1F));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
