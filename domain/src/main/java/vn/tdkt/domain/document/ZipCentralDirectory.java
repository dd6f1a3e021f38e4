package vn.tdkt.domain.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipLong;
import org.apache.commons.compress.archivers.zip.ZipShort;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads the entry names of a zip held in memory from its central directory, the list at the end of the file that
 * Word and Excel themselves read. {@code java.util.zip.ZipInputStream} walks the entries from the front instead,
 * and to find where one entry ends it must inflate it whenever the sizes are only given after the data (as
 * {@code ZipOutputStream} and many other writers do) — the very work a zip bomb makes enormous. Commons Compress's
 * {@link ZipFile} reads the directory (Zip64 included) and inflates nothing until an entry's content is asked for,
 * which it never is here: the cost is bounded by the number of bytes, and a file cut short, which has lost its
 * directory, is refused rather than recognised from the entries that survived.
 */
final class ZipCentralDirectory {

    private static final long END_SIGNATURE = 0x06054B50L;
    private static final int END_SIZE = 22;
    private static final int END_COMMENT_LENGTH_OFFSET = 20;
    private static final int MAX_COMMENT_LENGTH = 0xFFFF;
    private static final int SIGNATURE_SIZE = 4;

    private ZipCentralDirectory() {
    }

    /**
     * The names of the entries of {@code zip}, in directory order; empty when the bytes are not a consistent zip
     * or when it lists more than {@code maxEntries} entries.
     */
    static Optional<List<String>> entryNames(byte[] zip, int maxEntries) {
        // Commons Compress looks for the end record anywhere in the last 64 KiB, so bytes appended after it (a
        // second format riding on the zip) would pass unnoticed: the record must close the file.
        if (!endRecordClosesTheFile(zip)) {
            return Optional.empty();
        }
        // The local headers are still located (no data is read there): an entry pointing at no local header means
        // the directory does not describe this file.
        try (ZipFile file = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .setUseUnicodeExtraFields(false)
                .get()) {
            List<String> names = new ArrayList<>();
            for (Enumeration<ZipArchiveEntry> entries = file.getEntries(); entries.hasMoreElements();) {
                ZipArchiveEntry entry = entries.nextElement();
                if (names.size() == maxEntries || !startsALocalHeader(zip, entry.getLocalHeaderOffset())) {
                    return Optional.empty();
                }
                // Names without the UTF-8 flag are in code page 437, which the library reads them in; the names
                // looked for are ASCII, which every code page shares.
                names.add(entry.getName());
            }
            return Optional.of(names);
        } catch (IOException | RuntimeException e) {
            // Untrusted bytes may fail the parser in any way; whatever it cannot read is not a file we accept.
            return Optional.empty();
        }
    }

    private static boolean startsALocalHeader(byte[] zip, long offset) {
        return offset >= 0 && offset <= zip.length - SIGNATURE_SIZE
                && ZipLong.getValue(zip, (int) offset) == ZipLong.LFH_SIG.getValue();
    }

    /** Whether an end-of-central-directory record, with the archive comment it announces, ends the bytes. */
    private static boolean endRecordClosesTheFile(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_SIZE - MAX_COMMENT_LENGTH);
        for (int at = zip.length - END_SIZE; at >= lowest; at--) {
            if (ZipLong.getValue(zip, at) == END_SIGNATURE
                    && at + END_SIZE + ZipShort.getValue(zip, at + END_COMMENT_LENGTH_OFFSET) == zip.length) {
                return true;
            }
        }
        return false;
    }
}
