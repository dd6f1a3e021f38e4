package vn.tdkt.web.files;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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
    static Response uploaded(StoredFile file) {
        return file(file.fileName(), file.contentType(), file.content(), SHOWN_INLINE.contains(file.contentType()));
    }

    /** A file the application wrote (an Excel list, a report, a diagram); always saved rather than shown. */
    static Response attachment(String fileName, String contentType, byte[] content) {
        return file(fileName, contentType, content, false);
    }

    /**
     * A file the application writes while it is sent (a long Excel list): its length is not known beforehand, so it
     * goes out in chunks; always saved rather than shown.
     */
    static Response streamed(String fileName, String contentType, StreamingOutput content) {
        return headers(Response.ok(content, contentType), fileName, false).build();
    }

    /**
     * @param inline show in the browser (PDF preview, images) rather than save; only for types the server checked
     */
    private static Response file(String fileName, String contentType, byte[] content, boolean inline) {
        return headers(Response.ok(content, contentType), fileName, inline)
                .header(HttpHeaders.CONTENT_LENGTH, content.length).build();
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, String fileName,
            boolean inline) {
        // RFC 6266: an ASCII fallback, and the real UTF-8 name (RFC 5987) for every current browser.
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        // Cache-Control as a plain header: the CacheControl type would add "no-transform" on its own.
        return response
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Disposition", (inline ? "inline" : "attachment")
                        + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8);
    }

    /** The {@code id} query parameter a list needs; without one there is nothing to find, as for an unknown id. */
    static long required(Long id) {
        if (id == null) {
            throw new NotFoundException();
        }
        return id;
    }
}
