package vn.tdkt.workflow.spreadsheet;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipLong;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The few parts of an uploaded workbook (.xlsx: a zip of XML parts tied by relationships) that the import reads,
 * found the way Excel finds them: the package's relationships lead to the workbook, the workbook's to its sheets,
 * styles and shared strings. Nothing else is opened. POI's package reader would, on opening, parse
 * {@code [Content_Types].xml}, every relationships part and the document properties into trees, whatever size they
 * unpack to; here every part is streamed and stops being read as soon as it has unpacked more bytes than its
 * limit, counted as they come out of the inflater, never taken from what the zip claims.
 */
final class XlsxPackage implements Closeable {

    /**
     * Most bytes of the zip's directory, which is read whole (one object per entry) when the zip is opened: room for
     * some 3,000 parts, where a workbook from Excel has a few dozen.
     */
    static final int MAX_DIRECTORY_BYTES = 256 * 1024;

    /** Relationships and the workbook part: kilobytes in any real workbook, a few megabytes with many names. */
    static final long MAX_SMALL_PART_BYTES = 16L * 1024 * 1024;

    private static final long END_SIGNATURE = 0x06054B50L;
    private static final int END_SIZE = 22;
    private static final int END_DIRECTORY_SIZE = 12;
    private static final int END_DIRECTORY_OFFSET = 16;
    private static final int MAX_COMMENT_LENGTH = 0xFFFF;
    private static final long ZIP64_MARK = 0xFFFFFFFFL;

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries;

    private XlsxPackage(ZipFile zip, Map<String, ZipArchiveEntry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    /**
     * Opens the zip held in {@code bytes} (the upload, at most 10 MB); inflates nothing yet.
     *
     * @throws TooMuchContent when its directory is larger than {@link #MAX_DIRECTORY_BYTES}
     * @throws IOException    when the bytes are no zip that can be read
     */
    static XlsxPackage open(byte[] bytes) throws IOException {
        checkDirectorySize(bytes);
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .setUseUnicodeExtraFields(false).get();
        Map<String, ZipArchiveEntry> entries = new HashMap<>();
        for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements();) {
            ZipArchiveEntry entry = all.nextElement();
            entries.putIfAbsent(key(entry.getName()), entry);
        }
        return new XlsxPackage(zip, entries);
    }

    /**
     * The zip's directory ends where its end record begins; it starts where the end record says (or, for a zip
     * with bytes before it, its size earlier). Both distances are bounded before Commons Compress reads it. A zip64
     * end record (needed only beyond 4 GB or 65,535 entries) is not for an upload of a few megabytes.
     */
    private static void checkDirectorySize(byte[] zip) throws IOException {
        int end = endRecord(zip);
        if (end < 0) {
            throw new IOException("no end of central directory record");
        }
        long size = ZipLong.getValue(zip, end + END_DIRECTORY_SIZE);
        long offset = ZipLong.getValue(zip, end + END_DIRECTORY_OFFSET);
        if (size == ZIP64_MARK || offset == ZIP64_MARK) {
            throw new IOException("zip64 end record");
        }
        if (size > MAX_DIRECTORY_BYTES || end - offset > MAX_DIRECTORY_BYTES) {
            throw new TooMuchContent("zip directory of " + Math.max(size, end - offset) + " bytes");
        }
    }

    /** Where the end record is, looked for from the end as Commons Compress does; -1 when there is none. */
    private static int endRecord(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_SIZE - MAX_COMMENT_LENGTH);
        for (int at = zip.length - END_SIZE; at >= lowest; at--) {
            if (ZipLong.getValue(zip, at) == END_SIGNATURE) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The parts the import reads, named as in the zip; {@code null} for the ones the workbook has none of, and for
     * the data sheet when it has no sheet at all.
     *
     * @param dataSheetName the name of the sheet to read; the first sheet when none has it
     */
    Workbook workbook(String dataSheetName) throws IOException, SAXException, ParserConfigurationException {
        String workbook = related("", "_rels/.rels", null, "officeDocument");
        if (workbook == null) {
            throw new IOException("no office document relationship");
        }
        SheetChoice sheets = new SheetChoice(dataSheetName);
        try (InputStream xml = part(workbook, MAX_SMALL_PART_BYTES)) {
            Sax.parse(xml, sheets);
        }
        String relationships = relationshipsOf(workbook);
        String sheet = sheets.chosenId() == null ? null : related(workbook, relationships, sheets.chosenId(), null);
        return new Workbook(sheet, related(workbook, relationships, null, "styles"),
                related(workbook, relationships, null, "sharedStrings"), sheets.date1904);
    }

    /**
     * What the import needs of the workbook.
     *
     * @param dataSheet     the part of the sheet to read
     * @param styles        the styles part (cell formats tell dates from numbers)
     * @param sharedStrings the shared strings part (the text of most text cells)
     * @param date1904      whether dates count from 1904 (old Mac Excel)
     */
    record Workbook(String dataSheet, String styles, String sharedStrings, boolean date1904) {
    }

    /** Whether the zip holds the part. */
    boolean has(String name) {
        return entries.containsKey(key(name));
    }

    /**
     * The part's content, inflated as it is read; reading past {@code maxBytes} throws {@link TooMuchContent}.
     *
     * @throws IOException when the zip has no such part
     */
    InputStream part(String name, long maxBytes) throws IOException {
        ZipArchiveEntry entry = entries.get(key(name));
        if (entry == null) {
            throw new IOException("no part " + name);
        }
        return new Bounded(zip.getInputStream(entry), maxBytes, name);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * The target of the first relationship of {@code source} (listed in part {@code relationships}) with the id
     * {@code id}, or else of the type ending in {@code typeName}; {@code null} when there is none. The types of
     * transitional and strict Office Open XML differ only before their last segment.
     */
    private String related(String source, String relationships, String id, String typeName) throws IOException,
            SAXException, ParserConfigurationException {
        if (!has(relationships)) {
            return null;
        }
        String[] found = new String[1];
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (found[0] != null || !"Relationship".equals(Sax.local(localName, qName))
                        || "External".equalsIgnoreCase(attributes.getValue("TargetMode"))) {
                    return;
                }
                String type = attributes.getValue("Type");
                boolean wanted = id != null ? id.equals(attributes.getValue("Id"))
                        : type != null && type.endsWith("/" + typeName);
                if (wanted) {
                    found[0] = attributes.getValue("Target");
                }
            }
        };
        try (InputStream xml = part(relationships, MAX_SMALL_PART_BYTES)) {
            Sax.parse(xml, handler);
        }
        return found[0] == null ? null : resolve(source, found[0]);
    }

    /** {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
    static String relationshipsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /**
     * A relationship's target as a part name: relative to the folder of its source part unless it starts with a
     * slash, percent-escapes decoded, {@code ..} resolved; never outside the package.
     */
    static String resolve(String source, String target) throws IOException {
        String folder = source.substring(0, source.lastIndexOf('/') + 1);
        try {
            URI base = new URI(null, null, "/" + folder, null);
            String path = base.resolve(new URI(target.strip().replace('\\', '/'))).normalize().getPath();
            if (path == null || !path.startsWith("/") || path.startsWith("/..")) {
                throw new IOException("relationship target outside the package: " + target);
            }
            return path.substring(1);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("unreadable relationship target: " + target, e);
        }
    }

    /** Part names compare without case (Open Packaging Conventions) and with or without a leading slash. */
    private static String key(String name) {
        String key = name.replace('\\', '/');
        return (key.startsWith("/") ? key.substring(1) : key).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the workbook part for what the import needs and keeps nothing else: whether it counts dates from 1904,
     * and the relationship ids of the first sheet and of the one named {@code wanted}.
     */
    private static final class SheetChoice extends DefaultHandler {

        private final String wanted;
        private String first;
        private String named;
        boolean date1904;

        SheetChoice(String wanted) {
            this.wanted = wanted;
        }

        String chosenId() {
            return named != null ? named : first;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (Sax.local(localName, qName)) {
                case "workbookPr" -> {
                    String value = attributes.getValue("date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
                case "sheet" -> {
                    String id = relationshipId(attributes);
                    if (first == null) {
                        first = id;
                    }
                    if (named == null && wanted.equals(attributes.getValue("name"))) {
                        named = id;
                    }
                }
                default -> {
                    // Defined names, views, calculation settings… nothing the import reads.
                }
            }
        }

        /** The {@code r:id} attribute, in whichever namespace (transitional or strict) and under any prefix. */
        private static String relationshipId(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = Sax.local(attributes.getLocalName(i), attributes.getQName(i));
                boolean qualified = !attributes.getURI(i).isEmpty() || attributes.getQName(i).contains(":");
                if ("id".equals(name) && qualified) {
                    return attributes.getValue(i);
                }
            }
            return null;
        }
    }

    /** Counts the bytes coming out of the inflater and stops the reading past the part's limit. */
    private static final class Bounded extends FilterInputStream {

        private final long max;
        private final String part;
        private long count;

        Bounded(InputStream in, long max, String part) {
            super(in);
            this.max = max;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws TooMuchContent {
            count += n;
            if (count > max) {
                throw new TooMuchContent(part + " unpacks to more than " + max + " bytes");
            }
        }
    }
}
