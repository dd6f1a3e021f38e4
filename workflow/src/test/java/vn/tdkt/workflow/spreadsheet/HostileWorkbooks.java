package vn.tdkt.workflow.spreadsheet;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Uploads built to exhaust the server's memory: a real filled template (one valid row) whose shared strings part
 * is swapped for a huge one. The part is generated straight into the zip, never held whole, and its content is
 * varied just enough that the deflated entry stays within POI's zip-bomb ratio (at most 100 to 1), so that only
 * the size of the part is hostile, and the file stays under the upload limit.
 */
final class HostileWorkbooks {

    /** The summary cell of the valid row; {@link #hugeString} puts its long text at this string's place. */
    static final String SUMMARY_MARK = "TOM-TAT-THAY-THE";

    private static final String STRINGS_PART = "xl/sharedStrings.xml";

    private HostileWorkbooks() {
    }

    /**
     * The template with one valid row and {@code extra} more one-letter shared strings after the real ones (about
     * 17 bytes of XML each, deflated about 30 to 1).
     */
    static Path manyStrings(Path file, int extra) {
        return write(file, (xml, out) -> {
            int end = xml.lastIndexOf("</sst>");
            out.write(bytes(withoutCounts(xml.substring(0, end))));
            Random random = new Random(14);
            byte[] item = bytes("<si><t>a</t></si>");
            for (int i = 0; i < extra; i++) {
                item[7] = (byte) ('a' + random.nextInt(4));
                out.write(item);
            }
            out.write(bytes("</sst>"));
        });
    }

    /**
     * The template with one valid row whose summary (column H) is one shared string of {@code chars} characters
     * (mostly "a", a random letter every 17th, deflated about 50 to 1).
     */
    static Path hugeString(Path file, long chars) {
        return write(file, (xml, out) -> {
            int mark = xml.indexOf(SUMMARY_MARK);
            if (mark < 0) {
                throw new IllegalStateException("the summary is not a shared string: " + xml);
            }
            out.write(bytes(xml.substring(0, mark)));
            Random random = new Random(14);
            byte[] run = bytes("a".repeat(17));
            long left = chars;
            while (left > 0) {
                run[0] = (byte) ('a' + random.nextInt(2));
                int n = (int) Math.min(run.length, left);
                out.write(run, 0, n);
                left -= n;
            }
            out.write(bytes(xml.substring(mark + SUMMARY_MARK.length())));
        });
    }

    private interface StringsWriter {
        void write(String originalXml, OutputStream out) throws IOException;
    }

    private static Path write(Path file, StringsWriter strings) {
        byte[] base = TemplateFiller.filled(f -> f.row(2, "1", "Cá nhân", "Nguyễn Văn An", "Chuyên viên", "Nam",
                "05/09/1985", "LDTT", SUMMARY_MARK));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base));
                ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                        1 << 16))) {
            boolean replaced = false;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(STRINGS_PART)) {
                    strings.write(new String(content, StandardCharsets.UTF_8), zip);
                    replaced = true;
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
            if (!replaced) {
                throw new IllegalStateException("the template has no shared strings part");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The declared counts would be wrong once strings are added; readers must not trust them anyway. */
    private static String withoutCounts(String xml) {
        return xml.replaceFirst(" count=\"\\d+\"", "").replaceFirst(" uniqueCount=\"\\d+\"", "");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
