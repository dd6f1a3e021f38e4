package vn.tdkt.workflow.signature;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Whether bytes look like a PDF at all, before a PDF library is given them. */
final class PdfHeader {

    /** The header may follow up to 1024 bytes of other data (ISO 32000-1, annex H), as some scanners write. */
    private static final int HEADER_SEARCH = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.ISO_8859_1);

    private PdfHeader() {
    }

    static boolean present(byte[] content) {
        int last = Math.min(content.length - HEADER.length, HEADER_SEARCH);
        for (int start = 0; start <= last; start++) {
            if (Arrays.equals(content, start, start + HEADER.length, HEADER, 0, HEADER.length)) {
                return true;
            }
        }
        return false;
    }
}
