package vn.tdkt.web.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import vn.tdkt.workflow.proposal.DossierAttachments.StoredFile;

/** Sends a file to the browser with a Vietnamese file name intact and without letting the browser guess its type. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Types checked on upload that browsers show safely themselves: PDF in their viewer, images. */
    private static final Set<String> SHOWN_INLINE = Set.of("application/pdf", "image/png", "image/jpeg");

    private Downloads() {
    }

    /** A file users uploaded (a dossier's attachment, a member's evidence): PDF and images open in the browser. */
    static void sendUploaded(HttpServletResponse response, StoredFile file) throws IOException {
        send(response, file.fileName(), file.contentType(), file.content(), SHOWN_INLINE.contains(file.contentType()));
    }

    /**
     * @param inline show in the browser (PDF preview, images) rather than save; only for types the server checked
     */
    static void send(HttpServletResponse response, String fileName, String contentType, byte[] content,
            boolean inline) throws IOException {
        response.setContentType(contentType);
        response.setContentLengthLong(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        // RFC 6266: an ASCII fallback, and the real UTF-8 name for every current browser.
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment")
                + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8);
        response.getOutputStream().write(content);
    }
}
