package vn.tdkt.domain.document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the entry names of a zip held in memory from its central directory, the list at the end of the file that
 * Word and Excel themselves read. {@code java.util.zip.ZipInputStream} walks the entries from the front instead,
 * and to find where one entry ends it must inflate it whenever the sizes are only given after the data (as
 * {@code ZipOutputStream} and many other writers do) — the very work a zip bomb makes enormous. Here nothing is
 * inflated: the cost is bounded by the number of bytes, and a file cut short, which has lost its directory, is
 * refused rather than recognised from the entries that survived.
 */
final class ZipCentralDirectory {

    private static final int END_SIGNATURE = 0x06054B50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT_LENGTH = 0xFFFF;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064B50;
    private static final int ZIP64_LOCATOR_SIZE = 20;
    private static final int ZIP64_END_SIGNATURE = 0x06064B50;
    private static final int ZIP64_END_SIZE = 56;
    private static final int ENTRY_SIGNATURE = 0x02014B50;
    private static final int ENTRY_SIZE = 46;
    private static final int LOCAL_HEADER_SIGNATURE = 0x04034B50;
    private static final int UTF8_NAME_FLAG = 1 << 11;
    private static final long UNSET_16 = 0xFFFF;
    private static final long UNSET_32 = 0xFFFF_FFFFL;

    private ZipCentralDirectory() {
    }

    /**
     * The names of the entries of {@code zip}, in directory order; empty when the bytes are not a consistent zip
     * or when it lists more than {@code maxEntries} entries (refused before any name is read).
     */
    static Optional<List<String>> entryNames(byte[] zip, int maxEntries) {
        int end = findEndRecord(zip);
        if (end < 0) {
            return Optional.empty();
        }
        long entries = u16(zip, end + 10);
        long directorySize = u32(zip, end + 12);
        long directoryOffset = u32(zip, end + 16);
        long directoryLimit = end;
        if (entries == UNSET_16 || directorySize == UNSET_32 || directoryOffset == UNSET_32) {
            // Zip64: the real values are in a larger record that a locator just before this one points to.
            int locator = end - ZIP64_LOCATOR_SIZE;
            if (locator < 0 || u32(zip, locator) != ZIP64_LOCATOR_SIGNATURE) {
                return Optional.empty();
            }
            long zip64End = u64(zip, locator + 8);
            if (zip64End < 0 || zip64End > locator - ZIP64_END_SIZE
                    || u32(zip, (int) zip64End) != ZIP64_END_SIGNATURE) {
                return Optional.empty();
            }
            entries = u64(zip, (int) zip64End + 32);
            directorySize = u64(zip, (int) zip64End + 40);
            directoryOffset = u64(zip, (int) zip64End + 48);
            directoryLimit = zip64End;
        }
        // Negative values are u64 fields beyond any array; the directory must lie between the entries and its end
        // (compared without adding the two, which could overflow).
        if (entries < 0 || entries > maxEntries || directoryOffset < 0 || directoryOffset > directoryLimit
                || directorySize < 0 || directorySize > directoryLimit - directoryOffset) {
            return Optional.empty();
        }
        return readEntries(zip, (int) entries, (int) directoryOffset, (int) (directoryOffset + directorySize));
    }

    private static Optional<List<String>> readEntries(byte[] zip, int entries, int from, int to) {
        List<String> names = new ArrayList<>(entries);
        int at = from;
        for (int i = 0; i < entries; i++) {
            if (at + ENTRY_SIZE > to || u32(zip, at) != ENTRY_SIGNATURE) {
                return Optional.empty();
            }
            int flags = u16(zip, at + 8);
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            long localHeader = u32(zip, at + 42);
            int nameStart = at + ENTRY_SIZE;
            int next = nameStart + nameLength + extraLength + commentLength;
            if (next > to) {
                return Optional.empty();
            }
            // An entry pointing at no local header means the directory does not describe this file.
            if (localHeader != UNSET_32
                    && (localHeader + 4 > from || u32(zip, (int) localHeader) != LOCAL_HEADER_SIGNATURE)) {
                return Optional.empty();
            }
            // Names without the UTF-8 flag are in code page 437; the names looked for are ASCII, which both share.
            Charset charset = (flags & UTF8_NAME_FLAG) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            names.add(new String(zip, nameStart, nameLength, charset));
            at = next;
        }
        return at == to ? Optional.of(names) : Optional.empty();
    }

    /** The offset of the end-of-central-directory record, searched back over a possible archive comment. */
    private static int findEndRecord(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_SIZE - MAX_COMMENT_LENGTH);
        for (int at = zip.length - END_SIZE; at >= lowest; at--) {
            if (u32(zip, at) == END_SIGNATURE && at + END_SIZE + u16(zip, at + 20) == zip.length) {
                return at;
            }
        }
        return -1;
    }

    private static int u16(byte[] zip, int at) {
        return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] zip, int at) {
        return u16(zip, at) | (long) u16(zip, at + 2) << 16;
    }

    /** A value past {@link Long#MAX_VALUE} comes back negative, which every caller treats as out of range. */
    private static long u64(byte[] zip, int at) {
        return u32(zip, at) | u32(zip, at + 4) << 32;
    }
}
