package vn.tdkt.domain.document;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small real files of each kind, made in the test so that no binary fixture hides what is in it. */
final class SampleFiles {

    /** A one-page PDF with a correct cross-reference table (offsets counted byte by byte). */
    static final String PDF_TEXT = """
            %PDF-1.4
            1 0 obj
            << /Type /Catalog /Pages 2 0 R >>
            endobj
            2 0 obj
            << /Type /Pages /Kids [3 0 R] /Count 1 >>
            endobj
            3 0 obj
            << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>
            endobj
            4 0 obj
            << /Length 38 >>
            stream
            BT /F1 12 Tf 20 50 Td (To trinh) Tj ET
            endstream
            endobj
            5 0 obj
            << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>
            endobj
            xref
            0 6
            0000000000 65535 f\r
            0000000009 00000 n\r
            0000000058 00000 n\r
            0000000115 00000 n\r
            0000000241 00000 n\r
            0000000329 00000 n\r
            trailer
            << /Size 6 /Root 1 0 R >>
            startxref
            399
            %%EOF
            """;

    /** SHA-256 of {@link #pdf()}, computed outside Java (sha256sum) so that the test does not check itself. */
    static final String PDF_SHA256 = "d30342a486974281f8de2e6e3993d51ecb86a3589403f6c222c1a64b23459008";
    static final int PDF_SIZE = 582;

    private SampleFiles() {
    }

    static byte[] pdf() {
        return ascii(PDF_TEXT);
    }

    static byte[] png() {
        return image("png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg() {
        // The JPEG writer takes no alpha channel.
        return image("jpg", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels");
    }

    static byte[] xlsx() {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    /** The first sector of an old binary Excel file (.xls): the OLE2 compound-document signature and header. */
    static byte[] xls() {
        byte[] header = new byte[512];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, header, 0, signature.length);
        header[0x1C] = (byte) 0xFE; // byte order mark of the compound file
        header[0x1D] = (byte) 0xFF;
        return header;
    }

    /** A zip whose entries each hold a small XML text, written the way most tools write them (deflated). */
    static byte[] zip(String... names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><part name=\"" + name + "\"/>"));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The same zip with a Zip64 end record: the classic record's counts set to "see Zip64" and the real ones in a
     * Zip64 record and locator placed before it, as writers that always use Zip64 lay them out.
     */
    static byte[] asZip64(byte[] zip) {
        int end = zip.length - 22; // written without an archive comment
        ByteBuffer classic = ByteBuffer.wrap(zip, end, 22).order(ByteOrder.LITTLE_ENDIAN);
        int entries = classic.getShort(end + 10) & 0xFFFF;
        long directorySize = classic.getInt(end + 12) & 0xFFFF_FFFFL;
        long directoryOffset = classic.getInt(end + 16) & 0xFFFF_FFFFL;
        ByteBuffer out = ByteBuffer.allocate(end + 56 + 20 + 22).order(ByteOrder.LITTLE_ENDIAN);
        out.put(zip, 0, end);
        out.putInt(0x06064B50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                .putLong(entries).putLong(entries).putLong(directorySize).putLong(directoryOffset);
        out.putInt(0x07064B50).putInt(0).putLong(end).putInt(1);
        out.putInt(0x06054B50).putShort((short) 0).putShort((short) 0).putShort((short) 0xFFFF)
                .putShort((short) 0xFFFF).putInt(-1).putInt(-1).putShort((short) 0);
        return out.array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] repeat(char c, int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }

    private static byte[] image(String format, int imageType) {
        BufferedImage image = new BufferedImage(4, 4, imageType);
        image.setRGB(1, 2, Color.RED.getRGB());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
