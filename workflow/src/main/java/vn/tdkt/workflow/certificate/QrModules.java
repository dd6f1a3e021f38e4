package vn.tdkt.workflow.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** The modules of a QR code, one bit each (ZXing draws no picture here: the page draws squares, see SheetPainter). */
final class QrModules {

    /**
     * M (15 % recoverable): a printed certificate is handled and framed, yet the URL is short enough that M keeps
     * the modules large. No quiet zone: the blank's plain paper around the code is the quiet zone.
     */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 0);

    private QrModules() {
    }

    /** One bit per module: asked for size 0, the writer returns the smallest matrix, the code's own. */
    static BitMatrix of(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + content.length() + " characters", e);
        }
    }
}
