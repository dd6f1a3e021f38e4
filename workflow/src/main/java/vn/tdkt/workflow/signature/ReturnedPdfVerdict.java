package vn.tdkt.workflow.signature;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a file a local signing service uploaded back: accepted, or refused with a reason code the upload
 * endpoint can answer the service with.
 *
 * @param refusal why the file was refused; empty when accepted
 * @param detail a sentence for the log and the signer
 * @param signatures every signature of the returned file, when it could be validated
 */
public record ReturnedPdfVerdict(Optional<Refusal> refusal, String detail, List<PdfSignatureReport> signatures) {

    public ReturnedPdfVerdict {
        signatures = List.copyOf(signatures);
    }

    /** Why a returned file is refused. */
    public enum Refusal {
        /** Larger than the check reads. */
        TOO_LARGE,
        /** Not a readable PDF. */
        NOT_A_PDF,
        /** Does not begin with exactly the bytes of the PDF handed out for signing. */
        NOT_OUR_DOCUMENT,
        /** No signature was added that covers the whole PDF handed out. */
        NO_NEW_SIGNATURE,
        /** A signature of the file does not verify. */
        SIGNATURE_BROKEN,
        /** Content was changed after a signature (an unsigned update that alters pages or annotations). */
        CHANGED_AFTER_SIGNING
    }

    static ReturnedPdfVerdict accepted(String detail, List<PdfSignatureReport> signatures) {
        return new ReturnedPdfVerdict(Optional.empty(), detail, signatures);
    }

    static ReturnedPdfVerdict refused(Refusal refusal, String detail) {
        return refused(refusal, detail, List.of());
    }

    static ReturnedPdfVerdict refused(Refusal refusal, String detail, List<PdfSignatureReport> signatures) {
        return new ReturnedPdfVerdict(Optional.of(refusal), detail, signatures);
    }

    public boolean accepted() {
        return refusal.isEmpty();
    }

    /** The signatures the service added: those whose signed data begins after the PDF handed out. */
    public List<PdfSignatureReport> newSignatures(long originalLength) {
        return signatures.stream().filter(signature -> ReturnedPdfCheck.coversAndExtends(signature, originalLength))
                .toList();
    }
}
