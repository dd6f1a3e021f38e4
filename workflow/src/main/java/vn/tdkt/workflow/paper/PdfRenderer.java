package vn.tdkt.workflow.paper;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.w3c.dom.Document;

/**
 * Papers as PDF: the template's XHTML laid out by openhtmltopdf with the bundled fonts embedded as subsets. Page size,
 * margins and page numbers are the template's CSS ({@code @page}). Nothing outside is ever fetched: no network, no
 * files, not even from the template's links; images, if a template needs them (a seal, a signature), must be
 * {@code data:image/…} URIs.
 *
 * <p>The template runs and its output is parsed before the first byte is written, so a template problem never leaves
 * a half-written PDF in the stream. Thread-safe.
 */
public final class PdfRenderer {

    static {
        // openhtmltopdf prints INFO lines to the console on every render (the server logs them as errors of
        // stderr): its messages go through java.util.logging instead, and only from warnings up.
        XRLog.setLoggerImpl(new JDKXRLogger(false, Level.WARNING, new ConsoleHandler(), new SimpleFormatter()));
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    /** The producer in the PDF's information dictionary. */
    static final String PRODUCER = "TĐKT";

    /** Relative links in templates resolve against this and are then refused. */
    private static final String BASE_URI = "tdkt-paper:/";

    private final PaperTemplates templates;

    public PdfRenderer(PaperTemplates templates) {
        this.templates = templates;
    }

    /**
     * Writes the paper laid out by its template; the stream is left open.
     *
     * @throws TemplateProblem before anything is written, if the template fails or its output is not XHTML
     */
    public void write(Paper paper, OutputStream out) throws IOException {
        write(paper.templateName(), paper, out);
    }

    /** Writes the paper laid out by the named template (e.g. an administrator's variant). */
    public void write(String templateName, Paper paper, OutputStream out) throws IOException {
        Document xhtml = Xhtml.parse(templates.render(templateName, paper), templateName);
        writeXhtml(xhtml, out);
    }

    static void writeXhtml(Document xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(xhtml, BASE_URI);
        builder.withProducer(PRODUCER);
        for (PaperFonts.Face face : PaperFonts.FACES) {
            FontStyle style = face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
            for (String family : new String[] {PaperFonts.TIMES_NEW_ROMAN, PaperFonts.LIBERATION_SERIF}) {
                builder.useFont(() -> new ByteArrayInputStream(face.bytes()), family, face.weight(), style, true);
            }
        }
        refuseEverythingOutside(builder);
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        try {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            try (pdf) {
                describe(pdf, Xhtml.title(xhtml));
                pdf.save(out);
            }
        } finally {
            renderer.close();
        }
    }

    private static void refuseEverythingOutside(PdfRendererBuilder builder) {
        builder.useExternalResourceAccessControl(PdfRenderer::isEmbeddedImage,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(PdfRenderer::isEmbeddedImage,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // Behind the access control, in case a later version of the library consults it less: streams that refuse.
        FSStreamFactory refuse = uri -> new FSStream() {
            @Override
            public java.io.InputStream getStream() {
                return null;
            }

            @Override
            public java.io.Reader getReader() {
                return null;
            }
        };
        builder.useHttpStreamImplementation(refuse);
        builder.useProtocolsStreamImplementation(refuse, "file", "jar", "ftp", "http", "https", "classpath",
                "tdkt-paper");
    }

    /** An image written into the template itself (a seal, a signature): nothing to fetch. */
    private static boolean isEmbeddedImage(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null
                && uri.regionMatches(true, 0, "data:image/", 0, 11);
    }

    private static void describe(PDDocument pdf, String title) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        if (!title.isEmpty()) {
            info.setTitle(title);
        }
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        if (info.getCreationDate() == null) {
            info.setCreationDate(Calendar.getInstance());
        }
        pdf.getDocumentCatalog().setLanguage("vi");
    }
}
