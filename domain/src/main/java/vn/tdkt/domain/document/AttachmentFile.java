package vn.tdkt.domain.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * A file attached to a dossier (tệp đính kèm hồ sơ), or given as evidence of a bloc member's self-score (tài liệu
 * minh chứng), that has passed the checks: a clean base name, content of an
 * accepted type that agrees with the name's extension, within the size limit, with its SHA-256 checksum so that a
 * stored copy can later be shown to be the one submitted. Made only by {@link #accept}.
 */
public final class AttachmentFile {

    /** The input field the refusals belong beside. */
    public static final String FIELD = "file";

    /** The usual limit of file systems and of the name in a download header. */
    static final int MAX_NAME_LENGTH = 255;

    private static final BigDecimal BYTES_PER_MB = BigDecimal.valueOf(1024L * 1024L);

    /**
     * Control characters, and the bidirectional marks that can make «hợp đồng[RLO]fdp.exe» display as
     * «hợp đồngexe.pdf»: neither belongs in a name that people read to decide what they are opening.
     */
    private static final Pattern INVISIBLE_CONTROLS = Pattern
            .compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private final String fileName;
    private final FileType type;
    private final byte[] content;
    private final String sha256;

    private AttachmentFile(String fileName, FileType type, byte[] content, String sha256) {
        this.fileName = fileName;
        this.type = type;
        this.content = content;
        this.sha256 = sha256;
    }

    /**
     * Checks an uploaded file and returns it as an attachment, or throws a {@link DomainException} for the field
     * {@value #FIELD} with one of the keys {@code attachment.error.noName}, {@code .empty}, {@code .tooLarge} (the
     * limit in MB), {@code .unsupported} (the file name) or {@code .contentMismatch} (the file name, the name's
     * extension upper-cased, the detected type's label, the extension that type takes such as ".pdf").
     *
     * @param fileName the name the user's browser sent, possibly with a path
     * @param content the bytes; copied, so later changes to the array do not reach the attachment
     * @param maxBytes the largest accepted size
     */
    public static AttachmentFile accept(String fileName, byte[] content, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        String name = normaliseName(fileName);
        if (content == null || content.length == 0) {
            throw DomainException.invalid(FIELD, "attachment.error.empty");
        }
        if (content.length > maxBytes) {
            throw DomainException.invalid(FIELD, "attachment.error.tooLarge", megabytes(maxBytes));
        }
        // Copied before the check so that the bytes kept are the bytes checked, whatever the caller does next.
        byte[] copy = content.clone();
        FileType type = FileTypes.sniff(copy)
                .orElseThrow(() -> DomainException.invalid(FIELD, "attachment.error.unsupported", name));
        String extension = extensionOf(name);
        if (!type.acceptsExtension(extension)) {
            // Refused rather than renamed: the user may have picked the wrong file, and only they can tell.
            throw DomainException.invalid(FIELD, "attachment.error.contentMismatch", name,
                    extension.toUpperCase(Locale.ROOT), type.label(), "." + type.extensions().get(0));
        }
        return new AttachmentFile(name, type, copy, sha256(copy));
    }

    /**
     * The base name in NFC without control characters, at most {@value #MAX_NAME_LENGTH} code points. Browsers on
     * some systems send the whole client path (C:\Users\…\tờ trình.pdf); only the last part is the file's name,
     * and a path kept in it could climb directories wherever the name is ever used as one.
     */
    static String normaliseName(String rawName) {
        if (rawName == null) {
            throw DomainException.invalid(FIELD, "attachment.error.noName");
        }
        String baseName = rawName.substring(Math.max(rawName.lastIndexOf('/'), rawName.lastIndexOf('\\')) + 1);
        String name = Texts.normalise(INVISIBLE_CONTROLS.matcher(baseName).replaceAll(""));
        // "." and ".." are directory references, not names.
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw DomainException.invalid(FIELD, "attachment.error.noName");
        }
        return shorten(name);
    }

    /** Cuts a long name in its stem so that the extension, which the type check reads, survives. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        int stemLength = MAX_NAME_LENGTH - extension.codePointCount(0, extension.length());
        if (stemLength < 1) {
            return name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH));
        }
        return name.substring(0, name.offsetByCodePoints(0, stemLength)).strip() + extension;
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** "10" for 10 MB, "1.5" for 1.5 MB; rounded down so that the limit shown is never above the real one. */
    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BYTES_PER_MB, 2, RoundingMode.DOWN).stripTrailingZeros()
                .toPlainString();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** The cleaned base name, as shown to users and sent when the file is downloaded. */
    public String fileName() {
        return fileName;
    }

    /** The type read from the content. */
    public FileType type() {
        return type;
    }

    /** The canonical content type of {@link #type()}, never the one the browser claimed. */
    public String contentType() {
        return type.contentType();
    }

    /** The size in bytes. */
    public long size() {
        return content.length;
    }

    /** The SHA-256 of the content in lower-case hexadecimal. */
    public String sha256() {
        return sha256;
    }

    /** A copy of the bytes, so that nobody can change an accepted attachment. */
    public byte[] content() {
        return content.clone();
    }

    /** Two attachments are the same when they have the same name and the same bytes. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AttachmentFile that
                && fileName.equals(that.fileName) && sha256.equals(that.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, sha256);
    }

    @Override
    public String toString() {
        return "AttachmentFile[" + fileName + ", " + type + ", " + content.length + " bytes, sha256=" + sha256 + "]";
    }
}
