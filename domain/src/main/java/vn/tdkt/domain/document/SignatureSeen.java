package vn.tdkt.domain.document;

import java.util.Arrays;
import java.util.List;

/**
 * A digital signature as the validator read it on an uploaded file: who signed (the certificate's name) and
 * whether the signature still covers the file unchanged. Kept with the file, one line each, so that a page shows
 * "đã ký số" without validating again.
 */
public record SignatureSeen(String signer, boolean intact) {

    private static final int MAX = 2000;

    public SignatureSeen {
        signer = signer == null ? "" : signer.replaceAll("[\\r\\n|]", " ").strip();
    }

    /** The signatures as stored: "1|Nguyễn Văn Ánh" per line (1 intact, 0 broken); none for a null column. */
    public static List<SignatureSeen> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).filter(line -> line.length() > 2)
                .map(line -> new SignatureSeen(line.substring(2), line.charAt(0) == '1')).toList();
    }

    /** The column's text, cut to its length (a file with dozens of signatures keeps the first ones). */
    public static String format(List<SignatureSeen> signatures) {
        if (signatures.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (SignatureSeen signature : signatures) {
            String line = (signature.intact() ? "1|" : "0|") + signature.signer() + "\n";
            if (text.length() + line.length() > MAX) {
                break;
            }
            text.append(line);
        }
        return text.toString().strip();
    }
}
