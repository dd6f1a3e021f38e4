package vn.tdkt.workflow.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif in its four styles, loaded into one document when first used. Embedded as subsets: a printed
 * certificate must look the same on any computer, and the print shop's may not have the font; subsets keep a batch
 * of 500 to the glyphs it really uses.
 */
final class CertificateFonts {

    private static final String FOLDER = "/vn/tdkt/workflow/fonts/LiberationSerif-";

    private final PDDocument document;
    private final PDFont[] loaded = new PDFont[4];

    CertificateFonts(PDDocument document) {
        this.document = document;
    }

    PDFont font(boolean bold, boolean italic) {
        int index = (bold ? 2 : 0) + (italic ? 1 : 0);
        if (loaded[index] == null) {
            String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
            try (InputStream in = CertificateFonts.class.getResourceAsStream(FOLDER + style + ".ttf")) {
                if (in == null) {
                    throw new IllegalStateException("Font LiberationSerif-" + style + ".ttf is not on the classpath");
                }
                loaded[index] = PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded[index];
    }
}
