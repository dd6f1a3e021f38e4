package vn.tdkt.workflow.signature;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * The signature dictionaries of a PDF as PDFBox reads them, independently of DSS: DSS leaves out a signature whose
 * CMS it cannot parse (with a warning in the log), and a damaged signature must be reported broken, not absent.
 * Document time-stamps (ETSI.RFC3161) are no signatures of a person and are left out.
 */
final class SignatureDictionaries {

    private static final String DOCUMENT_TIME_STAMP = "ETSI.RFC3161";

    /** One signature dictionary: its byte range and sub-filter. */
    record Found(List<Long> byteRange, Optional<String> subFilter) {
    }

    private SignatureDictionaries() {
    }

    static List<Found> of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().stream()
                    .filter(signature -> !DOCUMENT_TIME_STAMP.equals(signature.getSubFilter()))
                    .map(SignatureDictionaries::found).toList();
        }
    }

    private static Found found(PDSignature signature) {
        return new Found(Arrays.stream(signature.getByteRange()).mapToObj(Long::valueOf).toList(),
                Optional.ofNullable(signature.getSubFilter()));
    }
}
