package vn.tdkt.domain.shared;

import java.text.Normalizer;

/** Normalisation and checks of free text typed by users. */
public final class Texts {

    /** No-break spaces pasted from office documents; {@code strip()} and {@code \s} do not treat them as blank. */
    private static final String NON_BREAKING_SPACES = "[\\u00A0\\u2007\\u202F]";

    private Texts() {
    }

    /**
     * Trims the text and collapses runs of whitespace (including non-breaking spaces pasted from office
     * documents) to one space, in NFC form; {@code null} stays {@code null}.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        return nfc(text).replaceAll(NON_BREAKING_SPACES, " ").replaceAll("\\s+", " ").strip();
    }

    /** Strips the text but keeps its line breaks: for multi-line reports and reasons. */
    public static String normaliseMultiline(String text) {
        return text == null ? null : nfc(text).replace("\r\n", "\n").replaceAll(NON_BREAKING_SPACES, " ").strip();
    }

    /**
     * Vietnamese typed with some keyboards arrives decomposed (a base letter plus combining marks); NFC makes
     * Nguyễn one spelling so that searches, uniqueness and length limits treat both inputs alike.
     */
    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Returns the normalised text or throws an input error for {@code field} when it is empty, only blanks,
     * or longer than {@code maxLength} characters (counted as Unicode code points, so that a Vietnamese
     * letter with two diacritics counts once).
     */
    public static String required(String field, String text, int maxLength, boolean multiline) {
        String value = multiline ? normaliseMultiline(text) : normalise(text);
        if (value == null || value.isEmpty()) {
            throw DomainException.invalid(field, "validation.required");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw DomainException.invalid(field, "validation.tooLong", maxLength);
        }
        return value;
    }
}
