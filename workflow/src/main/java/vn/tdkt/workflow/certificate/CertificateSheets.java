package vn.tdkt.workflow.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * PDFs to print on blanks: a batch of certificates, one page per recipient with only the variable fields (the blank
 * has the border, emblem and titles), and the calibration page of a layout.
 *
 * <p>Memory: page contents go to temporary files as each page is finished ({@link IOUtils#createTempFileOnlyStreamCache()}),
 * the QR codes are vector squares and the four fonts are loaded once per document; what stays on the heap per page
 * is PDFBox's small page dictionary. A batch of 500 thus takes a few megabytes of heap; the file itself is written
 * to {@code out} at the end, PDFBox having no incremental page-by-page writer.
 */
public final class CertificateSheets {

    private static final String SAMPLES = "/vn/tdkt/workflow/certificate/calibration-samples.properties";

    /** The calibration grid: thin lines every 5 mm, stronger and labelled every 10 mm. */
    private static final int GRID_MM = 5;
    private static final float LABEL_PT = 5;
    private static final String GRID_COLOUR = "#B0B0B0";
    private static final String BOX_COLOUR = "#0050C8";

    /**
     * Writes one page per certificate, in the order given, to {@code out} (which stays open).
     *
     * @throws IllegalArgumentException when there is no certificate, or a text has a character the font lacks (the
     *                                  message names the certificate's position and the field)
     */
    public void render(BlankLayout layout, Iterable<CertificateLine> certificates, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            CertificateFonts fonts = new CertificateFonts(document);
            int number = 0;
            for (CertificateLine certificate : certificates) {
                number++;
                PDPage page = newPage(document, layout);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    SheetPainter painter = new SheetPainter(content, fonts, layout.heightMm());
                    for (TextField field : layout.textFields()) {
                        painter.text(field, certificate.value(field.key()));
                    }
                    if (layout.qrCode() != null) {
                        painter.qr(layout.qrCode(), certificate.verificationUrl());
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Certificate " + number + " cannot be printed: " + e
                            .getMessage(), e);
                }
            }
            if (number == 0) {
                // A PDF without pages is not a PDF viewers open; the caller's empty selection is its own message.
                throw new IllegalArgumentException("No certificates to print");
            }
            forActualSize(document);
            document.save(out);
        }
    }

    /**
     * The calibration page: a millimetre grid labelled every 10 mm, each field's box with its key, a cross at its
     * (x, y) and a sample text printed as a certificate would. Printed on a blank, it shows the operator how far each
     * field lands from where it should, to correct x and y in the layout.
     */
    public void calibration(BlankLayout layout, OutputStream out) throws IOException {
        Properties samples = samples();
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            CertificateFonts fonts = new CertificateFonts(document);
            PDPage page = newPage(document, layout);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                SheetPainter painter = new SheetPainter(content, fonts, layout.heightMm());
                PDFont labelFont = fonts.font(false, false);
                grid(content, painter, labelFont, layout);
                for (TextField field : layout.textFields()) {
                    box(content, painter, labelFont, field.key(), field.xMm(), field.topMm(), field.widthMm(), field
                            .bottomMm() - field.topMm());
                    cross(content, painter, field.xMm(), field.yMm());
                    painter.text(field, samples.getProperty(field.key().name(), field.key().name()));
                }
                if (layout.qrCode() != null) {
                    QrField qr = layout.qrCode();
                    box(content, painter, labelFont, FieldKey.QR_CODE, qr.xMm(), qr.yMm(), qr.sizeMm(), qr.sizeMm());
                    painter.qr(qr, samples.getProperty(FieldKey.QR_CODE.name()));
                }
            }
            forActualSize(document);
            document.save(out);
        }
    }

    /**
     * Asks viewers to print at 100 %: their default "fit to printable area" shrinks the page by a few per cent and
     * would move every field off its place on the blank, the very error the calibration is there to remove.
     */
    private static void forActualSize(PDDocument document) {
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setPrintScaling(PDViewerPreferences.PRINT_SCALING.None);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static PDPage newPage(PDDocument document, BlankLayout layout) {
        PDPage page = new PDPage(new PDRectangle(SheetPainter.pt(layout.widthMm()), SheetPainter.pt(layout
                .heightMm())));
        document.addPage(page);
        return page;
    }

    private static void grid(PDPageContentStream content, SheetPainter painter, PDFont font, BlankLayout layout)
            throws IOException {
        float width = SheetPainter.pt(layout.widthMm());
        float height = SheetPainter.pt(layout.heightMm());
        content.setStrokingColor(0.69f, 0.69f, 0.69f);
        for (int mm = GRID_MM; mm < layout.widthMm(); mm += GRID_MM) {
            content.setLineWidth(mm % 10 == 0 ? 0.4f : 0.1f);
            content.moveTo(SheetPainter.pt(mm), 0);
            content.lineTo(SheetPainter.pt(mm), height);
            content.stroke();
        }
        for (int mm = GRID_MM; mm < layout.heightMm(); mm += GRID_MM) {
            content.setLineWidth(mm % 10 == 0 ? 0.4f : 0.1f);
            content.moveTo(0, painter.yFromTop(mm));
            content.lineTo(width, painter.yFromTop(mm));
            content.stroke();
        }
        painter.colour(GRID_COLOUR);
        // Labels along the top and the left edge, where a ruler laid on the paper starts.
        for (int mm = 10; mm < layout.widthMm(); mm += 10) {
            label(content, font, String.valueOf(mm), SheetPainter.pt(mm) + 0.5f, painter.yFromTop(3));
        }
        for (int mm = 10; mm < layout.heightMm(); mm += 10) {
            label(content, font, String.valueOf(mm), 1, painter.yFromTop(mm) + 0.5f);
        }
    }

    private static void box(PDPageContentStream content, SheetPainter painter, PDFont font, FieldKey key, double xMm,
            double topMm, double widthMm, double heightMm) throws IOException {
        content.setStrokingColor(0f, 0.31f, 0.78f);
        content.setLineWidth(0.5f);
        content.addRect(SheetPainter.pt(xMm), painter.yFromTop(topMm + heightMm), SheetPainter.pt(widthMm),
                SheetPainter.pt(heightMm));
        content.stroke();
        painter.colour(BOX_COLOUR);
        label(content, font, key.name(), SheetPainter.pt(xMm), painter.yFromTop(topMm) + 1.5f);
    }

    /** A small cross on the field's (x, y): the point the layout's numbers name, to measure from. */
    private static void cross(PDPageContentStream content, SheetPainter painter, double xMm, double yMm)
            throws IOException {
        float x = SheetPainter.pt(xMm);
        float y = painter.yFromTop(yMm);
        float arm = SheetPainter.pt(2);
        content.moveTo(x - arm, y);
        content.lineTo(x + arm, y);
        content.moveTo(x, y - arm);
        content.lineTo(x, y + arm);
        content.stroke();
    }

    private static void label(PDPageContentStream content, PDFont font, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, LABEL_PT);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static Properties samples() {
        Properties samples = new Properties();
        try (InputStream in = CertificateSheets.class.getResourceAsStream(SAMPLES);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            samples.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }
}
