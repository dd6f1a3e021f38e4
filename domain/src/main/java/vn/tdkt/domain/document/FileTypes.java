package vn.tdkt.domain.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Tells the kind of an attachment of a dossier (tệp đính kèm hồ sơ) from its content alone. A name is whatever the
 * user's computer says and can be changed in a second; the bytes decide what a reader will do with the file.
 *
 * <p>Each file is judged by the one format its first bytes announce, so that a file crafted to pass as two formats
 * at once (a "polyglot") cannot be accepted as the harmless one. Anything else — old binary Office files, programs,
 * HTML, SVG, scripts — is not recognised.
 */
public final class FileTypes {

    /** More entries than any real Word or Excel file has; a zip listing more is refused without reading further. */
    static final int MAX_ZIP_ENTRIES = 10_000;

    /** PDF readers look for the header this far into the file, since some producers write bytes before it. */
    private static final int PDF_HEADER_WINDOW = 1024;
    /** Incremental saves and some uploaders leave bytes after the last end-of-file marker; readers search back. */
    private static final int PDF_TRAILER_WINDOW = 2048;

    private static final byte[] PDF_HEADER = ascii("%PDF-");
    private static final byte[] PDF_END = ascii("%%EOF");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_IHDR = ascii("IHDR");
    private static final int PNG_IHDR_LENGTH = 13;
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Formats that must never pass as a PDF even when a PDF header follows within the first kilobyte: programs
     * (Windows, Linux, macOS, Java), scripts and old binary Office files. Markup is caught separately.
     */
    private static final List<byte[]> FOREIGN_SIGNATURES = List.of(
            ascii("MZ"),
            new byte[] {0x7F, 'E', 'L', 'F'},
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
            new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
            new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            ascii("#!"));

    private static final String OPC_CONTENT_TYPES = "[Content_Types].xml";
    private static final String WORD_DOCUMENT = "word/document.xml";
    private static final String EXCEL_WORKBOOK = "xl/workbook.xml";
    private static final String VBA_PROJECT = "vbaproject.bin";

    private FileTypes() {
    }

    /**
     * The type of {@code content} judged by its bytes only, or empty when it is none of the accepted types.
     *
     * <ul>
     * <li>PDF: "%PDF-" and a version such as 1.7 within the first 1024 bytes, and "%%EOF" within the last 2048.
     * <li>PNG: the 8-byte signature followed by an IHDR chunk of 13 bytes whose CRC is right.
     * <li>JPEG: starts FF D8 FF and ends with FF D9, trailing zero bytes allowed.
     * <li>DOCX / XLSX: a zip whose central directory lists "[Content_Types].xml" and "word/document.xml" or
     * "xl/workbook.xml" (not both), and no macro project. Only entry names are read; nothing is inflated.
     * </ul>
     */
    public static Optional<FileType> sniff(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return isPng(content) ? Optional.of(FileType.PNG) : Optional.empty();
        }
        if (startsWith(content, 0, JPEG_START)) {
            return isJpeg(content) ? Optional.of(FileType.JPEG) : Optional.empty();
        }
        if (startsWith(content, 0, ZIP_LOCAL_HEADER)) {
            return officeOpenXml(content);
        }
        if (isForeign(content)) {
            return Optional.empty();
        }
        return isPdf(content) ? Optional.of(FileType.PDF) : Optional.empty();
    }

    private static boolean isPdf(byte[] content) {
        int header = indexOf(content, PDF_HEADER, 0, Math.min(content.length, PDF_HEADER_WINDOW));
        if (header < 0 || !isPdfVersion(content, header + PDF_HEADER.length)) {
            return false;
        }
        int end = lastIndexOf(content, PDF_END, Math.max(0, content.length - PDF_TRAILER_WINDOW), content.length);
        return end >= header + PDF_HEADER.length;
    }

    /** "1.7", "2.0": rules out a stray "%PDF-" in text that merely mentions the format. */
    private static boolean isPdfVersion(byte[] content, int at) {
        return at + 2 < content.length && isDigit(content[at]) && content[at + 1] == '.' && isDigit(content[at + 2]);
    }

    private static boolean isPng(byte[] content) {
        // The PNG specification requires IHDR as the first chunk: length (4), type (4), 13 data bytes, CRC (4).
        int chunk = PNG_SIGNATURE.length;
        if (content.length < chunk + 4 + 4 + PNG_IHDR_LENGTH + 4
                || bigEndianInt(content, chunk) != PNG_IHDR_LENGTH
                || !startsWith(content, chunk + 4, PNG_IHDR)) {
            return false;
        }
        // The CRC covers type and data; checking it tells a real image from bytes that only copy its first line.
        CRC32 crc = new CRC32();
        crc.update(content, chunk + 4, 4 + PNG_IHDR_LENGTH);
        return crc.getValue() == (bigEndianInt(content, chunk + 8 + PNG_IHDR_LENGTH) & 0xFFFF_FFFFL);
    }

    private static boolean isJpeg(byte[] content) {
        // Some scanners and transfer tools pad files with zeros after the end-of-image marker.
        int end = content.length;
        while (end > 0 && content[end - 1] == 0) {
            end--;
        }
        // The end marker must come after the start marker, not share its bytes (FF D8 FF D9 is not an image).
        return end >= JPEG_START.length + 2 && content[end - 2] == (byte) 0xFF && content[end - 1] == (byte) 0xD9;
    }

    private static Optional<FileType> officeOpenXml(byte[] content) {
        Optional<List<String>> names = ZipCentralDirectory.entryNames(content, MAX_ZIP_ENTRIES);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        boolean contentTypes = false;
        boolean wordDocument = false;
        boolean excelWorkbook = false;
        boolean macros = false;
        for (String name : names.get()) {
            // Office Open XML part names are compared without regard to ASCII case.
            contentTypes |= name.equalsIgnoreCase(OPC_CONTENT_TYPES);
            wordDocument |= name.equalsIgnoreCase(WORD_DOCUMENT);
            excelWorkbook |= name.equalsIgnoreCase(EXCEL_WORKBOOK);
            // A .docm or .xlsm renamed .docx/.xlsx: Word and Excel refuse to open it, and it carries macros.
            macros |= name.toLowerCase(Locale.ROOT).endsWith(VBA_PROJECT);
        }
        if (!contentTypes || macros || wordDocument == excelWorkbook) {
            return Optional.empty();
        }
        return Optional.of(wordDocument ? FileType.DOCX : FileType.XLSX);
    }

    private static boolean isForeign(byte[] content) {
        for (byte[] signature : FOREIGN_SIGNATURES) {
            if (startsWith(content, 0, signature)) {
                return true;
            }
        }
        // HTML, SVG and XML start with "<", possibly after a byte-order mark and blank lines; a browser that
        // sniffs such a file runs its scripts, so it must not slip in as a PDF with a header further down.
        int at = startsWith(content, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (at < content.length && isAsciiWhitespace(content[at])) {
            at++;
        }
        return at < content.length && content[at] == '<';
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (offset < 0 || content.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** First index of {@code pattern} lying wholly within {@code [from, to)}, or -1. */
    private static int indexOf(byte[] content, byte[] pattern, int from, int to) {
        for (int i = from; i + pattern.length <= to; i++) {
            if (startsWith(content, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    /** Last index of {@code pattern} lying wholly within {@code [from, to)}, or -1. */
    private static int lastIndexOf(byte[] content, byte[] pattern, int from, int to) {
        for (int i = to - pattern.length; i >= from; i--) {
            if (startsWith(content, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static int bigEndianInt(byte[] content, int at) {
        return (content[at] & 0xFF) << 24 | (content[at + 1] & 0xFF) << 16 | (content[at + 2] & 0xFF) << 8
                | (content[at + 3] & 0xFF);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
