package vn.tdkt.workflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** A batch printed on blanks says each recipient's Vietnamese text, where the layout puts it, with a readable QR. */
class CertificateSheetsTest {

    private static final double MM = 1.0;
    private static final BlankLayout LAYOUT = DefaultLayout.GRASSROOTS_EMULATION_FIGHTER.layout();

    private final CertificateSheets sheets = new CertificateSheets();

    static CertificateLine line(String name, String code) {
        return new CertificateLine(name, "Giáo viên Trường THPT Hòn Gai, thành phố Hạ Long",
                "Đã có thành tích xuất sắc trong năm học 2025–2026", "CHIẾN SĨ THI ĐUA CƠ SỞ",
                "Quyết định số 01/QĐ-UBND ngày 05/12/2026", "Số sổ vàng: 2026/" + code,
                "Hạ Long, ngày 05 tháng 12 năm 2026",
                "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Văn Hùng", "https://tdkt.example.vn/xac-thuc/" + code, null);
    }

    @Test
    void aBatchOfThreePrintsOnePageEachWithItsOwnVietnameseText() throws IOException {
        // The second name arrives decomposed, as pasted from Word: it must print (and read back) composed.
        List<CertificateLine> batch = List.of(line("Nguyễn Thị Ngọc Ánh", "AAAAAAAAAAAAAAAAAAAAAAAAAA"), line(
                Normalizer.normalize("Phạm Quốc Đạt", Normalizer.Form.NFD), "BBBBBBBBBBBBBBBBBBBBBBBBBA"),
                line(
                        "Lê Hoàng Phương Thảo", "CCCCCCCCCCCCCCCCCCCCCCCCCA"));

        try (PDDocument pdf = Loader.loadPDF(print(LAYOUT, batch))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth() * PrintedPdf.MM_PER_PT).isCloseTo(297, within(0.01));
                assertThat(page.getMediaBox().getHeight() * PrintedPdf.MM_PER_PT).isCloseTo(210, within(0.01));
            }
            String first = PrintedPdf.text(pdf, 1);
            assertThat(first).contains("Nguyễn Thị Ngọc Ánh", "CHIẾN SĨ THI ĐUA CƠ SỞ",
                    "Giáo viên Trường THPT Hòn Gai, thành phố Hạ Long", "Quyết định số 01/QĐ-UBND ngày 05/12/2026",
                    "Số sổ vàng: 2026/AAAAAAAAAAAAAAAAAAAAAAAAAA", "Hạ Long, ngày 05 tháng 12 năm 2026",
                    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Văn Hùng",
                    "tdkt.example.vn/xac-thuc/AAAAAAAAAAAAAAAAAAAAAAAAAA")
                    .doesNotContain("Phạm Quốc Đạt", "Lê Hoàng Phương Thảo", "https://");
            assertThat(PrintedPdf.text(pdf, 2)).contains("Phạm Quốc Đạt", "2026/BBBBBBBBBBBBBBBBBBBBBBBBBA")
                    .doesNotContain("Nguyễn Thị Ngọc Ánh");
            assertThat(PrintedPdf.text(pdf, 3)).contains("Lê Hoàng Phương Thảo", "CHIẾN SĨ THI ĐUA CƠ SỞ");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().getPrintScaling()).as(
                    "printed at 100 %, not fitted to the printer's margins").isEqualTo("None");
        }
    }

    @Test
    void fieldsLandAtTheLayoutsCoordinatesWithinAMillimetre() throws IOException {
        List<CertificateLine> batch = List.of(line("Nguyễn Thị Ngọc Ánh", "AAAAAAAAAAAAAAAAAAAAAAAAAA"));
        TextField nameField = LAYOUT.field(FieldKey.RECIPIENT_NAME).orElseThrow();
        TextField decisionField = LAYOUT.field(FieldKey.DECISION_LINE).orElseThrow();
        TextField awardField = LAYOUT.field(FieldKey.AWARD_TITLE).orElseThrow();

        try (PDDocument pdf = Loader.loadPDF(print(LAYOUT, batch))) {
            PrintedPdf.Glyphs name = PrintedPdf.find(pdf, 1, "Nguyễn Thị Ngọc Ánh");
            assertThat(name.baselineMm()).isCloseTo(nameField.yMm(), within(MM));
            assertThat((name.leftMm() + name.rightMm()) / 2).as("centred in its box")
                    .isCloseTo(nameField.xMm() + nameField.widthMm() / 2, within(MM));
            assertThat(name.fontSizePt()).isCloseTo(nameField.fontSizePt(), within(0.01));

            PrintedPdf.Glyphs decision = PrintedPdf.find(pdf, 1, "Quyết định số 01/QĐ-UBND");
            assertThat(decision.leftMm()).as("left aligned").isCloseTo(decisionField.xMm(), within(MM));
            assertThat(decision.baselineMm()).isCloseTo(decisionField.yMm(), within(MM));

            PrintedPdf.Glyphs award = PrintedPdf.find(pdf, 1, "CHIẾN SĨ THI ĐUA CƠ SỞ");
            assertThat(award.baselineMm()).isCloseTo(awardField.yMm(), within(MM));
            assertThat(award.positions().get(0).getFont().getName()).contains("Bold");
            assertThat(PrintedPdf.colourOf(pdf, 1, "CHIẾN SĨ THI ĐUA CƠ SỞ")).as("red, Decree 98/2023 art. 104")
                    .isEqualTo(TextField.RED);
            assertThat(PrintedPdf.colourOf(pdf, 1, "Nguyễn Thị Ngọc Ánh")).isEqualTo(TextField.BLACK);

            // The caller's line break is kept: a deputy signs under two lines of title.
            PrintedPdf.Glyphs deputy = PrintedPdf.find(pdf, 1, "PHÓ CHỦ TỊCH");
            TextField signerField = LAYOUT.field(FieldKey.SIGNER_TITLE).orElseThrow();
            assertThat(PrintedPdf.find(pdf, 1, "KT. CHỦ TỊCH").baselineMm()).isCloseTo(signerField.yMm(), within(MM));
            assertThat(deputy.baselineMm()).isCloseTo(signerField.yMm() + 1.2 * signerField.fontSizePt()
                    * PrintedPdf.MM_PER_PT, within(MM));
            assertThat((deputy.leftMm() + deputy.rightMm()) / 2).isCloseTo(signerField.xMm() + signerField.widthMm()
                    / 2, within(MM));
        }
    }

    @Test
    void aTextTooLongWrapsThenShrinksInsideItsBoxWithoutLosingAWord() throws IOException {
        TextField achievementField = LAYOUT.field(FieldKey.ACHIEVEMENT).orElseThrow();
        String longText = "Đã có thành tích xuất sắc tiêu biểu trong phong trào thi đua yêu nước, hoàn thành xuất sắc"
                + " nhiệm vụ năm học 2025–2026, có sáng kiến kinh nghiệm được Hội đồng khoa học cấp tỉnh công nhận"
                + " và áp dụng hiệu quả trong toàn ngành giáo dục";
        CertificateLine line = line("Nguyễn Thị Ngọc Ánh", "AAAAAAAAAAAAAAAAAAAAAAAAAA");
        CertificateLine longLine = new CertificateLine(line.recipientName(), line.recipientDetail(), longText, line
                .awardTitle(), line.decisionLine(), line.registerNumber(), line.placeDate(), line.signerTitle(),
                line
                        .signerName(),
                line.verificationUrl(), null);

        try (PDDocument pdf = Loader.loadPDF(print(LAYOUT, List.of(longLine)))) {
            List<PrintedPdf.Glyphs> lines = new ArrayList<>();
            for (PrintedPdf.Glyphs run : PrintedPdf.glyphs(pdf, 1)) {
                if (run.baselineMm() > achievementField.yMm() - MM && run.baselineMm() < achievementField.bottomMm()) {
                    lines.add(run);
                }
            }
            assertThat(lines).hasSize(achievementField.maxLines());
            assertThat(String.join(" ", lines.stream().map(PrintedPdf.Glyphs::text).toList())).isEqualTo(longText);
            for (PrintedPdf.Glyphs printed : lines) {
                assertThat(printed.leftMm()).isGreaterThanOrEqualTo(achievementField.xMm() - 0.01);
                assertThat(printed.rightMm()).isLessThanOrEqualTo(achievementField.xMm() + achievementField
                        .widthMm() + 0.01);
                assertThat(printed.fontSizePt()).isLessThan(achievementField.fontSizePt())
                        .isGreaterThanOrEqualTo(TextField.MIN_FONT_PT);
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(print(LAYOUT, List.of(line("Nguyễn Thị Ngọc Ánh",
                "AAAAAAAAAAAAAAAAAAAAAAAAAA"))))) {
            PDResources resources = pdf.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName fontName : resources.getFontNames()) {
                PDFont font = resources.getFont(fontName);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                names.add(font.getName());
            }
            // Regular, bold and italic are used by this layout (bold italic is not).
            assertThat(names).hasSize(3).allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSerif.*"));
        }
    }

    @Test
    void theQrCodeOnThePrintedPageReadsAsTheVerificationUrl() throws Exception {
        String url = "https://tdkt.example.vn/xac-thuc/" + VerificationCode.random().value();
        CertificateLine line = line("Nguyễn Thị Ngọc Ánh", "AAAAAAAAAAAAAAAAAAAAAAAAAA");
        CertificateLine withUrl = new CertificateLine(line.recipientName(), line.recipientDetail(), line
                .achievement(), line.awardTitle(), line.decisionLine(), line.registerNumber(), line.placeDate(),
                line
                        .signerTitle(),
                line.signerName(), url, null);

        try (PDDocument pdf = Loader.loadPDF(print(LAYOUT, List.of(withUrl)))) {
            // The whole page, text and all, as a phone's camera sees the paper.
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.GRAY);
            assertThat(decode(image).getText()).isEqualTo(url);
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("vector squares, no image").isEmpty();
        }
    }

    @Test
    void theProvincialCertificateOfMeritPrintsOnItsLargerPaperWithAReadableQr() throws Exception {
        BlankLayout merit = DefaultLayout.PROVINCIAL_CERTIFICATE_OF_MERIT.layout();
        CertificateLine line = line("Nguyễn Thị Ngọc Ánh", "AAAAAAAAAAAAAAAAAAAAAAAAAA");

        try (PDDocument pdf = Loader.loadPDF(print(merit, List.of(line)))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth() * PrintedPdf.MM_PER_PT).isCloseTo(420, within(0.01));
            assertThat(pdf.getPage(0).getMediaBox().getHeight() * PrintedPdf.MM_PER_PT).isCloseTo(297, within(0.01));
            PrintedPdf.Glyphs name = PrintedPdf.find(pdf, 1, "Nguyễn Thị Ngọc Ánh");
            TextField field = merit.field(FieldKey.RECIPIENT_NAME).orElseThrow();
            assertThat(name.baselineMm()).isCloseTo(field.yMm(), within(MM));
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.GRAY);
            assertThat(decode(image).getText()).isEqualTo(line.verificationUrl());
        }
    }

    @Test
    void aCharacterTheFontLacksNamesTheCertificateAndTheField() {
        CertificateLine line = line("Nguyễn Thị 王", "AAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertThatThrownBy(() -> print(LAYOUT, List.of(line(" Lê Văn A", "AAAAAAAAAAAAAAAAAAAAAAAAAA"), line)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Certificate 2")
                .hasMessageContaining(
                        "RECIPIENT_NAME");
    }

    @Test
    void anEmptyBatchIsRefused() {
        assertThatThrownBy(() -> print(LAYOUT, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No certificates to print");
    }

    @Test
    void aLayoutShiftedAfterCalibrationPrintsEveryFieldThatMuchFurther() throws IOException {
        BlankLayout shifted = LAYOUT.shifted(2.5, -1.5);
        TextField nameField = LAYOUT.field(FieldKey.RECIPIENT_NAME).orElseThrow();

        try (PDDocument pdf = Loader.loadPDF(print(shifted, List.of(line("Nguyễn Thị Ngọc Ánh",
                "AAAAAAAAAAAAAAAAAAAAAAAAAA"))))) {
            PrintedPdf.Glyphs name = PrintedPdf.find(pdf, 1, "Nguyễn Thị Ngọc Ánh");
            assertThat(name.baselineMm()).isCloseTo(nameField.yMm() - 1.5, within(0.1));
            assertThat((name.leftMm() + name.rightMm()) / 2).isCloseTo(nameField.xMm() + nameField.widthMm() / 2
                    + 2.5, within(MM));
        }
        assertThatThrownBy(() -> LAYOUT.shifted(0, 30)).isInstanceOfSatisfying(InvalidLayoutException.class,
                e -> assertThat(e.problems()).extracting(LayoutProblem::code).contains(LayoutProblem.OUT_OF_PAGE));
    }

    @Test
    void theCalibrationPageShowsEveryFieldsKeyAndSampleOnTheBlanksSize() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.calibration(LAYOUT, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth() * PrintedPdf.MM_PER_PT).isCloseTo(297, within(0.01));
            String text = PrintedPdf.text(pdf, 1);
            for (TextField field : LAYOUT.textFields()) {
                assertThat(text).contains(field.key().name());
            }
            assertThat(text).contains(FieldKey.QR_CODE.name(), "Nguyễn Thị Ngọc Ánh", "CHIẾN SĨ THI ĐUA CƠ SỞ");
            // The grid's labels, every 10 mm.
            assertThat(text).contains("280", "200");
            PrintedPdf.Glyphs sample = PrintedPdf.find(pdf, 1, "Nguyễn Thị Ngọc Ánh");
            TextField nameField = LAYOUT.field(FieldKey.RECIPIENT_NAME).orElseThrow();
            assertThat(sample.baselineMm()).as("where a certificate prints it").isCloseTo(nameField.yMm(), within(MM));
        }
    }

    private byte[] print(BlankLayout layout, List<CertificateLine> batch) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.render(layout, batch, out);
        return out.toByteArray();
    }

    static Result decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code found on the page", e);
        }
    }
}
