package vn.tdkt.workflow.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page PDF made in the test. Saved without object streams, so that the document information (the title) is
 * plain text in the file and a test can change one byte of it.
 */
final class TestPdf {

    static final String TITLE = "Quyet dinh khen thuong";

    private TestPdf() {
    }

    static byte[] withText(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.getDocumentInformation().setTitle(TITLE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** A copy of {@code pdf} with the first occurrence of {@code ascii} at or after {@code from} changed by a byte. */
    static byte[] withOneByteChanged(byte[] pdf, String ascii, int from) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        for (int at = from; at <= pdf.length - needle.length; at++) {
            if (Arrays.equals(pdf, at, at + needle.length, needle, 0, needle.length)) {
                byte[] changed = pdf.clone();
                changed[at] ^= 0x01;
                return changed;
            }
        }
        throw new IllegalArgumentException("\"" + ascii + "\" is not in the PDF after byte " + from);
    }
}
