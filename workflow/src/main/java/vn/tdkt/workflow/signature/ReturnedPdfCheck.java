package vn.tdkt.workflow.signature;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.signature.ReturnedPdfVerdict.Refusal;

/**
 * Checks the file a signer's local signing service (VGCASignService and the like) uploads back after fetching our PDF
 * and signing it with the signer's token. The service may only append: the file must begin with exactly the bytes we
 * handed out, carry at least one new signature whose signed range covers all of them, every signature in it must
 * verify, and nothing appended after a signature may change what the document shows. Anything else (another
 * document, a re-saved copy, a signature over part of the document, an unsigned overlay) is refused, since a
 * signature is only worth something if it is over our document as we keep and show it.
 */
public final class ReturnedPdfCheck {

    private final PdfSignatureValidation validation;
    private final long maxBytes;

    /**
     * @param maxBytes the largest returned file read: a signed PDF is the original plus some kilobytes, and the
     *     limit keeps a faulty or hostile upload from filling the memory
     */
    public ReturnedPdfCheck(PdfSignatureValidation validation, long maxBytes) {
        this.validation = validation;
        this.maxBytes = maxBytes;
    }

    /** The check with the settings' trusted roots and the attachment size limit ({@code TDKT_MAX_ATTACHMENT_MB}). */
    public static ReturnedPdfCheck fromSettings() {
        return new ReturnedPdfCheck(PdfSignatureValidation.fromSettings(), Settings.maxAttachmentBytes());
    }

    /** As {@link #accept(byte[], byte[])}, reading no more of {@code returned} than the limit (and one byte). */
    public ReturnedPdfVerdict accept(byte[] original, InputStream returned) throws IOException {
        byte[] content = returned.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return accept(original, content);
    }

    public ReturnedPdfVerdict accept(byte[] original, byte[] returned) {
        if (returned.length > maxBytes) {
            return ReturnedPdfVerdict.refused(Refusal.TOO_LARGE,
                    "The returned file is larger than " + maxBytes + " bytes");
        }
        if (returned.length < original.length
                || !Arrays.equals(returned, 0, original.length, original, 0, original.length)) {
            return ReturnedPdfVerdict.refused(Refusal.NOT_OUR_DOCUMENT,
                    "The returned file does not begin with the document handed out for signing");
        }
        if (returned.length == original.length) {
            return ReturnedPdfVerdict.refused(Refusal.NO_NEW_SIGNATURE, "The document came back unchanged");
        }
        List<PdfSignatureReport> signatures;
        try {
            signatures = validation.validate(returned);
        } catch (UnreadablePdf e) {
            return ReturnedPdfVerdict.refused(Refusal.NOT_A_PDF, e.getMessage());
        }
        if (signatures.stream().noneMatch(signature -> coversAndExtends(signature, original.length))) {
            return ReturnedPdfVerdict.refused(Refusal.NO_NEW_SIGNATURE,
                    "No signature added to the returned file covers the whole document", signatures);
        }
        List<PdfSignatureReport> broken = signatures.stream().filter(signature -> !signature.intact()).toList();
        if (!broken.isEmpty()) {
            return ReturnedPdfVerdict.refused(Refusal.SIGNATURE_BROKEN, broken.size() + " of " + signatures.size()
                    + " signatures do not verify", signatures);
        }
        // Each signature stays intact when content is appended after it; DSS's comparison of revisions sees it.
        if (signatures.stream().anyMatch(PdfSignatureReport::modifiedAfterSigning)) {
            return ReturnedPdfVerdict.refused(Refusal.CHANGED_AFTER_SIGNING,
                    "The document's content was changed after it was signed", signatures);
        }
        return ReturnedPdfVerdict.accepted(signatures.size() + " intact signatures", signatures);
    }

    /**
     * Whether the signature was added after the original and signs all of it: its first signed part starts at the
     * file's first byte and reaches at least the original's end, so the gap left for the signature value lies in the
     * appended part.
     */
    static boolean coversAndExtends(PdfSignatureReport signature, long originalLength) {
        List<Long> range = signature.byteRange();
        return range.size() == 4 && range.get(0) == 0 && range.get(1) >= originalLength;
    }
}
