package vn.tdkt.workflow.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Renders papers with the default templates and reads the PDFs back, as a reader of the PDF would see them. */
final class Pdfs {

    static final PaperTemplates TEMPLATES = new PaperTemplates(new ClasspathTemplateSource());
    static final PdfRenderer RENDERER = new PdfRenderer(TEMPLATES);

    private Pdfs() {
    }

    static byte[] render(Paper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RENDERER.write(paper, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
