package vn.tdkt.workflow.certificate;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws fields on one page in the layout's terms (mm from the top-left corner), turning them into PDF points from
 * the bottom-left corner. Shared by the certificates and the calibration page, so that the calibration shows
 * exactly where a certificate prints.
 */
final class SheetPainter {

    static final double PT_PER_MM = 72 / 25.4;

    private final PDPageContentStream content;
    private final CertificateFonts fonts;
    private final double pageHeightMm;

    SheetPainter(PDPageContentStream content, CertificateFonts fonts, double pageHeightMm) {
        this.content = content;
        this.fonts = fonts;
        this.pageHeightMm = pageHeightMm;
    }

    static float pt(double mm) {
        return (float) (mm * PT_PER_MM);
    }

    /** The PDF y (from the bottom, in points) of a distance from the top of the page in mm. */
    float yFromTop(double mm) {
        return pt(pageHeightMm - mm);
    }

    void text(TextField field, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        PDFont font = fonts.font(field.bold(), field.italic());
        FittedText fitted;
        try {
            fitted = FittedText.fit(value, font, field);
        } catch (IllegalArgumentException e) {
            // PDFBox names the character but not the field: the operator needs both to correct the record.
            throw new IllegalArgumentException(field.key() + ": " + e.getMessage(), e);
        }
        colour(field.colour());
        float size = (float) fitted.fontSizePt();
        double leadingMm = TextField.LEADING * fitted.fontSizePt() * TextField.MM_PER_PT;
        for (int i = 0; i < fitted.lines().size(); i++) {
            String line = fitted.lines().get(i);
            double widthMm = FittedText.width(line, font, size) * TextField.MM_PER_PT;
            double startMm = field.alignment().start(field.xMm(), field.widthMm(), widthMm);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(pt(startMm), yFromTop(field.yMm() + i * leadingMm));
            content.showText(line);
            content.endText();
        }
    }

    /**
     * The code as filled squares, one rectangle per run of dark modules in a row: vector, so it prints sharp at any
     * printer resolution and costs a few kilobytes instead of an image per page.
     */
    void qr(QrField field, String url) throws IOException {
        if (url == null || url.isBlank()) {
            return;
        }
        BitMatrix modules = QrModules.of(url);
        int count = modules.getWidth();
        double moduleMm = field.sizeMm() / count;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < count && modules.get(column, row)) {
                    column++;
                }
                content.addRect(pt(field.xMm() + start * moduleMm), yFromTop(field.yMm() + (row + 1) * moduleMm),
                        pt((column - start) * moduleMm), pt(moduleMm));
            }
        }
        content.fill();
    }

    void colour(String hex) throws IOException {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        content.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    }
}
