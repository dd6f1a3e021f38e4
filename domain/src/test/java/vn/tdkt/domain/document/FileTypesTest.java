package vn.tdkt.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.domain.document.SampleFiles.ascii;
import static vn.tdkt.domain.document.SampleFiles.concat;
import static vn.tdkt.domain.document.SampleFiles.repeat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The type of a file comes from its bytes: each accepted format, its edges, and what must never pass. */
class FileTypesTest {

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of("PDF", SampleFiles.pdf(), FileType.PDF),
                Arguments.of("PNG from ImageIO", SampleFiles.png(), FileType.PNG),
                Arguments.of("JPEG from ImageIO", SampleFiles.jpeg(), FileType.JPEG),
                Arguments.of("DOCX", SampleFiles.docx(), FileType.DOCX),
                Arguments.of("XLSX", SampleFiles.xlsx(), FileType.XLSX));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void recognisesEachAcceptedFormat(String description, byte[] content, FileType expected) {
        assertThat(FileTypes.sniff(content)).contains(expected);
    }

    @Test
    void nothingIsRecognisedInNoBytes() {
        assertThat(FileTypes.sniff(new byte[0])).isEmpty();
        assertThatThrownBy(() -> FileTypes.sniff(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPdfHeaderMayFollowJunkWithinTheFirstKilobyteButNoFurther() {
        byte[] pdf = SampleFiles.pdf();
        int window = 1024;
        assertThat(FileTypes.sniff(concat(repeat(' ', window - 5), pdf))).contains(FileType.PDF);
        assertThat(FileTypes.sniff(concat(repeat(' ', window - 4), pdf))).isEmpty();
    }

    @Test
    void aPdfMustEndWithItsEndOfFileMarkerWithinTheLastTwoKilobytes() {
        byte[] pdf = SampleFiles.pdf();
        int window = 2048;
        // "%%EOF\n" is the last 6 bytes: 2042 bytes after it still leave the marker inside the window.
        assertThat(FileTypes.sniff(concat(pdf, repeat('\n', window - 6)))).contains(FileType.PDF);
        assertThat(FileTypes.sniff(concat(pdf, repeat('\n', window - 5)))).isEmpty();
        // A download cut short loses its end.
        assertThat(FileTypes.sniff(Arrays.copyOf(pdf, pdf.length - 10))).isEmpty();
    }

    @Test
    void aPdfHeaderNeedsAVersion() {
        assertThat(FileTypes.sniff(ascii("%PDF-1.7\n%%EOF\n"))).contains(FileType.PDF);
        assertThat(FileTypes.sniff(ascii("%PDF-\n%%EOF\n"))).isEmpty();
        assertThat(FileTypes.sniff(ascii("%PDF-x.y\n%%EOF\n"))).isEmpty();
    }

    @Test
    void aPngNeedsAnIhdrChunkWithTheRightChecksum() {
        byte[] png = SampleFiles.png();
        assertThat(FileTypes.sniff(Arrays.copyOf(png, 8))).as("signature only").isEmpty();

        byte[] otherFirstChunk = png.clone();
        otherFirstChunk[12] = 'I';
        otherFirstChunk[13] = 'D';
        otherFirstChunk[14] = 'A';
        otherFirstChunk[15] = 'T';
        assertThat(FileTypes.sniff(otherFirstChunk)).as("IDAT first").isEmpty();

        byte[] wrongWidth = png.clone();
        wrongWidth[19] ^= 1;
        assertThat(FileTypes.sniff(wrongWidth)).as("IHDR data not matching its CRC").isEmpty();
    }

    @Test
    void aJpegMustEndWithItsEndOfImageMarkerPossiblyFollowedByZeros() {
        byte[] jpeg = SampleFiles.jpeg();
        assertThat(FileTypes.sniff(concat(jpeg, new byte[100]))).contains(FileType.JPEG);
        assertThat(FileTypes.sniff(Arrays.copyOf(jpeg, jpeg.length - 2))).as("cut short").isEmpty();
        assertThat(FileTypes.sniff(concat(jpeg, ascii("trailer")))).as("other bytes after the end").isEmpty();
        assertThat(FileTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}))
                .as("markers only").isEmpty();
    }

    static Stream<Arguments> refusedFormats() {
        byte[] pdfTail = ascii("\n%PDF-1.4\n%%EOF\n");
        return Stream.of(
                Arguments.of("old binary Excel (OLE2)", SampleFiles.xls()),
                Arguments.of("Windows program", concat(ascii("MZ"), new byte[62], ascii("This program"))),
                Arguments.of("Windows program carrying a PDF header", concat(ascii("MZ"), new byte[62], pdfTail)),
                Arguments.of("Linux program", concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, new byte[57])),
                Arguments.of("Java class", concat(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
                        pdfTail)),
                Arguments.of("shell script", ascii("#!/bin/sh\nrm -rf /\n")),
                Arguments.of("HTML", ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")),
                Arguments.of("HTML carrying a PDF header", concat(ascii("<html><script>alert(1)</script>"), pdfTail)),
                Arguments.of("SVG after a byte-order mark and blank lines", concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ascii("\n\n<svg onload=\"alert(1)\"/>"))),
                Arguments.of("plain text", "Tờ trình đề nghị khen thưởng".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("GIF", ascii("GIF89a\u0001\u0000\u0001\u0000")),
                Arguments.of("an empty zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFormats")
    void refusesEverythingElse(String description, byte[] content) {
        assertThat(FileTypes.sniff(content)).isEmpty();
    }

    @Test
    void anOfficeZipNeedsTheContentTypesPartAndExactlyOneMainPart() {
        assertThat(FileTypes.sniff(SampleFiles.zip("word/document.xml"))).as("no [Content_Types].xml").isEmpty();
        assertThat(FileTypes.sniff(SampleFiles.zip("[Content_Types].xml", "_rels/.rels"))).as("no main part")
                .isEmpty();
        assertThat(FileTypes.sniff(SampleFiles.zip("[Content_Types].xml", "word/document.xml", "xl/workbook.xml")))
                .as("both a document and a workbook").isEmpty();
        assertThat(FileTypes.sniff(SampleFiles.zip("[Content_Types].xml", "META-INF/MANIFEST.MF", "a.class")))
                .as("a Java archive").isEmpty();
    }

    @Test
    void partNamesAreComparedWithoutCaseAsOfficeDoes() {
        assertThat(FileTypes.sniff(SampleFiles.zip("[CONTENT_TYPES].XML", "Word/Document.xml")))
                .contains(FileType.DOCX);
    }

    @Test
    void aMacroEnabledFileIsNotADocxOrXlsx() {
        assertThat(FileTypes.sniff(SampleFiles.zip("[Content_Types].xml", "word/document.xml",
                "word/vbaProject.bin"))).isEmpty();
        assertThat(FileTypes.sniff(SampleFiles.zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin")))
                .isEmpty();
    }

    @Test
    void aTruncatedZipIsNotRecognisedEvenWhenItsFirstEntriesSurvive() {
        byte[] docx = SampleFiles.docx();
        assertThat(FileTypes.sniff(Arrays.copyOf(docx, docx.length / 2))).isEmpty();
        assertThat(FileTypes.sniff(Arrays.copyOf(docx, docx.length - 1))).isEmpty();
        assertThat(FileTypes.sniff(Arrays.copyOf(docx, 4))).isEmpty();
    }

    @Test
    void aZipWithBytesAfterItsEndRecordIsNotRecognised() {
        assertThat(FileTypes.sniff(concat(SampleFiles.docx(), new byte[] {1}))).isEmpty();
    }

    @Test
    void zipEntriesAreCountedAndAZipListingMoreThanTheLimitIsRefused() {
        assertThat(FileTypes.sniff(docxWithEntries(FileTypes.MAX_ZIP_ENTRIES))).contains(FileType.DOCX);
        assertThat(FileTypes.sniff(docxWithEntries(FileTypes.MAX_ZIP_ENTRIES + 1))).isEmpty();
    }

    private static byte[] docxWithEntries(int total) {
        List<String> names = new ArrayList<>(List.of("[Content_Types].xml", "word/document.xml"));
        for (int i = names.size(); i < total; i++) {
            names.add("word/media/image" + i + ".png");
        }
        return SampleFiles.zip(names.toArray(String[]::new));
    }

    @Test
    void onlyEntryNamesAreReadNeverTheirInflatedContent() throws Exception {
        byte[] docx = SampleFiles.docx();
        // Spoil the deflated data of the first entry: block type 3 does not exist, so inflating it must fail.
        int nameLength = docx[26] & 0xFF | (docx[27] & 0xFF) << 8;
        int extraLength = docx[28] & 0xFF | (docx[29] & 0xFF) << 8;
        docx[30 + nameLength + extraLength] = (byte) 0xFF;
        // Guard: a reader that walks entries from the front has to inflate, and fails here.
        assertThatThrownBy(() -> {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
                while (zip.getNextEntry() != null) {
                    // only names are asked for
                }
            }
        }).isInstanceOf(ZipException.class);

        assertThat(FileTypes.sniff(docx)).contains(FileType.DOCX);
    }

    @Test
    void aZip64DirectoryIsFollowed() {
        assertThat(FileTypes.sniff(SampleFiles.asZip64(SampleFiles.xlsx()))).contains(FileType.XLSX);

        byte[] brokenLocator = SampleFiles.asZip64(SampleFiles.xlsx());
        brokenLocator[brokenLocator.length - 22 - 20] = 0;
        assertThat(FileTypes.sniff(brokenLocator)).isEmpty();
    }

    @Test
    void aDirectoryPointingOutsideTheFileIsRefused() {
        byte[] docx = SampleFiles.docx();
        // The directory's offset in the end record, moved past the end of the file.
        int offsetField = docx.length - 22 + 16;
        docx[offsetField + 3] = 0x7F;
        assertThat(FileTypes.sniff(docx)).isEmpty();
    }

    @Test
    void aDirectoryEntryPointingAtNoLocalHeaderIsRefused() {
        byte[] docx = SampleFiles.docx();
        int directory = docx[docx.length - 6] & 0xFF | (docx[docx.length - 5] & 0xFF) << 8;
        // The first entry's local header offset (byte 42 of the entry), moved off the "PK\3\4" at the start.
        docx[directory + 42] = 2;
        assertThat(FileTypes.sniff(docx)).isEmpty();
    }
}
