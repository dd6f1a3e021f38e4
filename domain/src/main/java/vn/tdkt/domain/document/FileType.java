package vn.tdkt.domain.document;

import java.util.List;
import java.util.Locale;

/**
 * A kind of file accepted as an attachment of a dossier (loại tệp đính kèm hồ sơ), with the content type it is
 * served under and the file-name extensions that announce it. What a file is comes from {@link FileTypes#sniff},
 * never from its name; the extensions only say which names may carry that content.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    /** The canonical media type, to store with the file and to send when it is downloaded. */
    public String contentType() {
        return contentType;
    }

    /** The accepted extensions, lower case and without the dot; the first is the one to suggest to a user. */
    public List<String> extensions() {
        return extensions;
    }

    /** The short name shown to users in messages, e.g. "PDF". */
    public String label() {
        return name();
    }

    /** Whether a file name ending in {@code .extension} may hold this type; the comparison ignores case. */
    public boolean acceptsExtension(String extension) {
        // Locale.ROOT: the answer must not depend on the server's locale (Turkish lower-cases I to a dotless ı).
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }
}
