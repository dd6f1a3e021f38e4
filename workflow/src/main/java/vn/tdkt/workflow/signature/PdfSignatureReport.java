package vn.tdkt.workflow.signature;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What validation found about one signature of a PDF.
 *
 * @param id DSS's identifier of the signature, stable for the same file
 * @param signerName the common name (CN) of the signing certificate
 * @param organisation the organisation (O) of the signing certificate
 * @param claimedSigningTime the time the signer's software wrote into the signature (not proof of anything)
 * @param timeStampTime the time a time-stamp authority vouches the signature existed at, from the first valid
 *     time-stamp over it
 * @param intact whether the signed bytes hash to the signed digest and the signature value verifies with the
 *     signing certificate's key
 * @param coverage whether the signature covers the file to its end or more was appended after it
 * @param modifiedAfterSigning whether what was appended after the signature changes the document's content or
 *     annotations (rather than adding signatures, filling fields or adding validation data): the signed revision
 *     is intact, but what a reader sees is no longer what was signed
 * @param byteRange the PDF /ByteRange of the signature: offset and length of the two signed parts
 * @param profile the signature's format
 * @param subFilter the PDF /SubFilter, e.g. adbe.pkcs7.detached or ETSI.CAdES.detached
 * @param timeStamp whether a time-stamp over the signature is present and valid
 * @param trust whether the signing certificate's chain reaches a configured trusted root
 */
public record PdfSignatureReport(String id, Optional<String> signerName, Optional<String> organisation,
        Optional<Instant> claimedSigningTime, Optional<Instant> timeStampTime, boolean intact, Coverage coverage,
        boolean modifiedAfterSigning, List<Long> byteRange, Profile profile, Optional<String> subFilter,
        TimeStamp timeStamp, Trust trust) {

    public PdfSignatureReport {
        byteRange = List.copyOf(byteRange);
    }

    /** How much of the file the signature covers. */
    public enum Coverage {
        /** Up to the file's last byte: nothing was added after signing. */
        WHOLE_DOCUMENT,
        /** More was appended after the signature (a later signature, or other changes: see the later signatures). */
        CHANGES_APPENDED_AFTER
    }

    /** The signature's format. */
    public enum Profile {
        PADES_BASELINE_B("PAdES BASELINE-B"),
        PADES_BASELINE_T("PAdES BASELINE-T"),
        PADES_BASELINE_LT("PAdES BASELINE-LT"),
        PADES_BASELINE_LTA("PAdES BASELINE-LTA"),
        /** adbe.pkcs7.detached, as VGCA's software signs: CMS without signing-certificate-v2, so not PAdES. */
        PKCS7_DETACHED("PKCS#7 detached"),
        /** A CAdES-based PDF signature that meets no PAdES baseline profile. */
        PADES_NOT_BASELINE("PAdES (not a baseline profile)"),
        OTHER("Other");

        private final String label;

        Profile(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether a time-stamp vouches for the signature's time. */
    public enum TimeStamp {
        ABSENT,
        VALID,
        /** Present, but its imprint does not match the signature or its own signature does not verify. */
        INVALID
    }

    /** Whether the signing certificate's chain reaches a trusted root. */
    public enum Trust {
        TRUSTED,
        NOT_TRUSTED,
        /** No trusted roots are configured. */
        NOT_CHECKED
    }
}
