package vn.tdkt.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.domain.document.SampleFiles.ascii;
import static vn.tdkt.domain.document.SampleFiles.concat;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.domain.shared.DomainException;

/** An uploaded file becomes an attachment of a dossier only when its name, size and content agree. */
class AttachmentFileTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    @Test
    void aPdfIsAcceptedWithItsTypeSizeAndChecksum() {
        AttachmentFile file = AttachmentFile.accept("to-trinh.pdf", SampleFiles.pdf(), TEN_MB);

        assertThat(file.fileName()).isEqualTo("to-trinh.pdf");
        assertThat(file.type()).isEqualTo(FileType.PDF);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.size()).isEqualTo(SampleFiles.PDF_SIZE);
        assertThat(file.sha256()).isEqualTo(SampleFiles.PDF_SHA256);
        assertThat(file.content()).isEqualTo(SampleFiles.pdf());
    }

    static Stream<Arguments> acceptedUploads() {
        return Stream.of(
                Arguments.of("bao-cao-thanh-tich.docx", SampleFiles.docx(), FileType.DOCX,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("danh-sach.xlsx", SampleFiles.xlsx(), FileType.XLSX,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Arguments.of("giay-chung-nhan.png", SampleFiles.png(), FileType.PNG, "image/png"),
                Arguments.of("bien-ban.jpg", SampleFiles.jpeg(), FileType.JPEG, "image/jpeg"),
                Arguments.of("bien-ban.jpeg", SampleFiles.jpeg(), FileType.JPEG, "image/jpeg"),
                Arguments.of("BIEN-BAN.JPG", SampleFiles.jpeg(), FileType.JPEG, "image/jpeg"),
                Arguments.of("To-Trinh.PDF", SampleFiles.pdf(), FileType.PDF, "application/pdf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedUploads")
    void eachTypeIsAcceptedUnderANameWithItsExtension(String name, byte[] content, FileType type, String mediaType)
            throws Exception {
        AttachmentFile file = AttachmentFile.accept(name, content, TEN_MB);

        assertThat(file.fileName()).isEqualTo(name);
        assertThat(file.type()).isEqualTo(type);
        assertThat(file.contentType()).isEqualTo(mediaType);
        assertThat(file.size()).isEqualTo(content.length);
        assertThat(file.sha256()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    static Stream<Arguments> mismatchedUploads() {
        return Stream.of(
                Arguments.of("report.docx", SampleFiles.pdf(), "DOCX", "PDF", ".pdf"),
                Arguments.of("scan.pdf", SampleFiles.png(), "PDF", "PNG", ".png"),
                Arguments.of("anh.png", SampleFiles.jpeg(), "PNG", "JPEG", ".jpg"),
                Arguments.of("bang-diem.xlsx", SampleFiles.docx(), "XLSX", "DOCX", ".docx"),
                Arguments.of("to-trinh.docx", SampleFiles.xlsx(), "DOCX", "XLSX", ".xlsx"),
                Arguments.of("to-trinh.doc", SampleFiles.docx(), "DOC", "DOCX", ".docx"),
                Arguments.of("to-trinh.exe", SampleFiles.pdf(), "EXE", "PDF", ".pdf"),
                Arguments.of("to-trinh", SampleFiles.pdf(), "", "PDF", ".pdf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mismatchedUploads")
    void contentThatDoesNotMatchTheNamesExtensionIsRefused(String name, byte[] content, String extension,
            String detected, String suggested) {
        assertRefused(() -> AttachmentFile.accept(name, content, TEN_MB), "attachment.error.contentMismatch",
                name, extension, detected, suggested);
    }

    static Stream<Arguments> unrecognisedUploads() {
        byte[] docx = SampleFiles.docx();
        return Stream.of(
                Arguments.of("a program renamed .pdf", "hoa-don.pdf",
                        concat(ascii("MZ"), new byte[62], ascii("\n%PDF-1.4\n%%EOF\n"))),
                Arguments.of("an old .xls renamed .xlsx", "danh-sach.xlsx", SampleFiles.xls()),
                Arguments.of("an HTML page named .pdf", "to-trinh.pdf",
                        ascii("<html><body><script>alert(document.cookie)</script></body></html>")),
                Arguments.of("a zip without [Content_Types].xml", "bao-cao.docx",
                        SampleFiles.zip("_rels/.rels", "word/document.xml")),
                Arguments.of("a truncated docx", "bao-cao.docx", Arrays.copyOf(docx, docx.length - 30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unrecognisedUploads")
    void contentOfNoAcceptedTypeIsRefusedWhateverTheName(String description, String name, byte[] content) {
        assertRefused(() -> AttachmentFile.accept(name, content, TEN_MB), "attachment.error.unsupported", name);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(() -> AttachmentFile.accept("to-trinh.pdf", new byte[0], TEN_MB), "attachment.error.empty");
        assertRefused(() -> AttachmentFile.accept("to-trinh.pdf", null, TEN_MB), "attachment.error.empty");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInMegabytes() {
        byte[] pdf = SampleFiles.pdf();
        assertThat(AttachmentFile.accept("to-trinh.pdf", pdf, pdf.length).size()).isEqualTo(pdf.length);

        long oneMb = 1024 * 1024;
        byte[] justOver = new byte[(int) oneMb + 1];
        assertRefused(() -> AttachmentFile.accept("to-trinh.pdf", justOver, oneMb), "attachment.error.tooLarge",
                "1");
        assertRefused(() -> AttachmentFile.accept("to-trinh.pdf", justOver, oneMb / 2), "attachment.error.tooLarge",
                "0.5");
        // Rounded down: 1,000,000 bytes is 0.953… MB, and saying 0.96 would promise more than is allowed.
        assertRefused(() -> AttachmentFile.accept("to-trinh.pdf", justOver, 1_000_000), "attachment.error.tooLarge",
                "0.95");
        assertRefused(() -> AttachmentFile.accept("to-trinh.pdf", pdf, 100), "attachment.error.tooLarge", "0");
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> AttachmentFile.accept("to-trinh.pdf", SampleFiles.pdf(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.pdf", "C:\\x\\y\\passwd.pdf", "/var/tmp/passwd.pdf",
        "..\\..\\passwd.pdf", "a/b\\c/passwd.pdf", "  passwd.pdf  "})
    void onlyTheBaseNameOfAPathIsKept(String sent) {
        assertThat(AttachmentFile.accept(sent, SampleFiles.pdf(), TEN_MB).fileName()).isEqualTo("passwd.pdf");
    }

    @Test
    void aDecomposedVietnameseNameComesBackComposed() {
        String decomposed = "To\u031B\u0300 tri\u0300nh.pdf";
        String composed = "T\u1EDD tr\u00ECnh.pdf";
        // Guard: the two spellings differ until normalised.
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(composed).isEqualTo("Tờ trình.pdf");

        assertThat(AttachmentFile.accept(decomposed, SampleFiles.pdf(), TEN_MB).fileName()).isEqualTo(composed);
    }

    @Test
    void controlCharactersAndBidirectionalMarksAreRemovedSoTheRealExtensionShows() {
        assertThat(AttachmentFile.accept("bao\u0000cao\t.pdf", SampleFiles.pdf(), TEN_MB).fileName())
                .isEqualTo("baocao.pdf");
        // Displayed as "hop-dongexe.pdf" with the right-to-left override; the real extension is .exe.
        assertRefused(() -> AttachmentFile.accept("hop-dong\u202Efdp.exe", SampleFiles.pdf(), TEN_MB),
                "attachment.error.contentMismatch", "hop-dongfdp.exe", "EXE", "PDF", ".pdf");
        // A name cut at a NUL byte by some systems reads as .pdf; with the NUL removed it is seen as .exe.
        assertRefused(() -> AttachmentFile.accept("to-trinh.pdf\u0000.exe", SampleFiles.pdf(), TEN_MB),
                "attachment.error.contentMismatch", "to-trinh.pdf.exe", "EXE", "PDF", ".pdf");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u00A0", "\u0000", "C:\\Users\\an\\", "../", "..", "."})
    void aFileWithoutANameIsRefused(String name) {
        assertRefused(() -> AttachmentFile.accept(name, SampleFiles.pdf(), TEN_MB), "attachment.error.noName");
    }

    @Test
    void theNameIsRefusedBeforeTheContentIsLookedAt() {
        assertRefused(() -> AttachmentFile.accept(" ", new byte[0], TEN_MB), "attachment.error.noName");
    }

    @Test
    void aLongNameIsShortenedTo255CodePointsKeepingItsExtension() {
        String stem = "Tờ trình đề nghị tặng Bằng khen ".repeat(20);
        AttachmentFile file = AttachmentFile.accept(stem + ".pdf", SampleFiles.pdf(), TEN_MB);

        String name = file.fileName();
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(AttachmentFile.MAX_NAME_LENGTH);
        assertThat(name).startsWith("Tờ trình đề nghị").endsWith(".pdf").doesNotContain(" .pdf");

        String exact = "a".repeat(AttachmentFile.MAX_NAME_LENGTH - 4) + ".pdf";
        assertThat(AttachmentFile.accept(exact, SampleFiles.pdf(), TEN_MB).fileName()).isEqualTo(exact);
    }

    @Test
    void theContentIsCopiedInAndOut() {
        byte[] upload = SampleFiles.pdf();
        AttachmentFile file = AttachmentFile.accept("to-trinh.pdf", upload, TEN_MB);

        upload[0] = 'X';
        file.content()[1] = 'X';

        assertThat(file.content()).isEqualTo(SampleFiles.pdf());
        assertThat(file.sha256()).isEqualTo(SampleFiles.PDF_SHA256);
    }

    @Test
    void attachmentsWithTheSameNameAndBytesAreEqual() {
        AttachmentFile first = AttachmentFile.accept("to-trinh.pdf", SampleFiles.pdf(), TEN_MB);
        AttachmentFile again = AttachmentFile.accept("C:\\scan\\to-trinh.pdf", SampleFiles.pdf(), TEN_MB);
        AttachmentFile renamed = AttachmentFile.accept("to-trinh-2.pdf", SampleFiles.pdf(), TEN_MB);

        assertThat(first).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(renamed);
        assertThat(first.toString()).contains("to-trinh.pdf", "PDF", SampleFiles.PDF_SHA256);
    }

    private static void assertRefused(ThrowingCallable call, String key, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(AttachmentFile.FIELD);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }
}
