package vn.tdkt.workflow.spreadsheet;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings (sharedStrings.xml: the text of most text cells, each cell holding only an index)
 * kept in a temporary file rather than in memory. POI's tables hold every string at once, so a part of 160 MB of
 * one-letter strings became some 500 MB of heap per upload; here the heap holds one string at a time while
 * reading, then an array of where each string ends, while the strings themselves wait on disk until a cell asks
 * for one. At most {@value #MAX_STRINGS} strings, each cut at {@value #MAX_CHARS} characters as Excel does.
 */
final class SharedStringsFile implements SheetRows.SharedText, Closeable {

    /**
     * Most strings one upload may share: a full list (5,000 rows of 8 columns) needs at most 40,000 distinct ones,
     * the template's guide sheet some 60 more; the rest is room for other sheets a clerk kept in the workbook.
     */
    static final int MAX_STRINGS = 100_000;

    /** Excel's own limit for the text of a cell; a longer string is cut here (and then fails a length check). */
    static final int MAX_CHARS = SheetRows.MAX_CELL_CHARS;

    private static final Logger LOG = Logger.getLogger(SharedStringsFile.class.getName());

    private final Path file;
    private final FileChannel channel;
    private final int[] ends;
    private final int count;

    private SharedStringsFile(Path file, FileChannel channel, int[] ends, int count) {
        this.file = file;
        this.channel = channel;
        this.ends = ends;
        this.count = count;
    }

    /**
     * Reads the shared strings part into a new temporary file.
     *
     * @throws TooMuchContent (possibly as the cause of a SAXException) beyond {@link #MAX_STRINGS} strings
     */
    static SharedStringsFile read(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        Path file = Files.createTempFile("tdkt-import-strings-", ".txt");
        try {
            Spill spill;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                spill = new Spill(out);
                Sax.parse(xml, spill);
            }
            return new SharedStringsFile(file, FileChannel.open(file, StandardOpenOption.READ), spill.ends,
                    spill.count);
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public String get(int index) throws IOException {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        int start = index == 0 ? 0 : ends[index - 1];
        ByteBuffer bytes = ByteBuffer.allocate(ends[index] - start);
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, start + bytes.position()) < 0) {
                throw new IOException("shared strings file shorter than written");
            }
        }
        return new String(bytes.array(), StandardCharsets.UTF_8);
    }

    /** Deletes the temporary file. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the temporary shared strings " + file, e);
        }
    }

    /**
     * Writes each string item ({@code <si>}) as UTF-8 on arrival and remembers where it ends: the text of its
     * {@code <t>} elements, rich text runs joined, phonetic runs ({@code <rPh>}, Japanese readings) left out, as
     * POI's reader does.
     */
    private static final class Spill extends DefaultHandler {

        private final OutputStream out;
        private final StringBuilder text = new StringBuilder();
        private int[] ends = new int[1024];
        private int count;
        private long written;
        private boolean inItem;
        private boolean inText;
        private boolean inPhonetic;

        Spill(OutputStream out) {
            this.out = out;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (Sax.local(localName, qName)) {
                case "si" -> {
                    if (count == MAX_STRINGS) {
                        throw new SAXException(new TooMuchContent("more than " + MAX_STRINGS + " shared strings"));
                    }
                    inItem = true;
                    text.setLength(0);
                }
                case "t" -> inText = inItem && !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // Run properties (fonts, colours) carry no text.
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (Sax.local(localName, qName)) {
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> {
                    inItem = false;
                    store();
                }
                default -> {
                    // Nothing to close.
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && text.length() < MAX_CHARS) {
                text.append(ch, start, Math.min(length, MAX_CHARS - text.length()));
            }
        }

        private void store() throws SAXException {
            if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                // Cut between the two halves of a character: drop the orphan half.
                text.setLength(text.length() - 1);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            written += bytes.length;
            if (written > Integer.MAX_VALUE) {
                // Not reachable within the part's limit; guarded because the ends are kept as ints.
                throw new SAXException(new TooMuchContent("shared strings beyond 2 GB"));
            }
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new SAXException(e);
            }
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, Math.min(MAX_STRINGS, count * 2));
            }
            ends[count++] = (int) written;
        }
    }
}
