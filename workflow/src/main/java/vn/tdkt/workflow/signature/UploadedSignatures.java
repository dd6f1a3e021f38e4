package vn.tdkt.workflow.signature;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.tdkt.domain.document.SignatureSeen;

/**
 * What an uploaded PDF's digital signatures say, for the pages that list files: the signer's name and whether each
 * signature still covers the file unchanged, as the independent validator reads them. A file it cannot read has
 * none (the upload's own checks decided whether it is a PDF at all).
 */
public final class UploadedSignatures {

    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    private UploadedSignatures() {
    }

    private static boolean contains(byte[] data, byte[] part) {
        outer : for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static List<SignatureSeen> read(byte[] pdf) {
        // Every PDF signature has a /ByteRange: most uploads are unsigned scans, which need no validator.
        if (!contains(pdf, BYTE_RANGE)) {
            return List.of();
        }
        try {
            return PdfSignatureValidation.fromSettings().validate(pdf).stream()
                    .map(s -> new SignatureSeen(s.signerName().orElse(""), s.intact() && !s.modifiedAfterSigning()))
                    .toList();
        } catch (UnreadablePdf e) {
            return List.of();
        }
    }
}
