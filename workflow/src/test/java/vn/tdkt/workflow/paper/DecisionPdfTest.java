package vn.tdkt.workflow.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class DecisionPdfTest {

    private static final float MM = 72 / 25.4f;

    @Test
    void theDecisionCarriesTheDecreesPartsInOrder() {
        String text = Pdfs.text(Pdfs.render(Samples.decision()));

        assertThat(lines(text)).containsSubsequence(
                "ỦY BAN NHÂN DÂN",
                "TỈNH TÂY NINH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 01/QĐ-UBND Tây Ninh, ngày 05 tháng 12 năm 2026",
                "QUYẾT ĐỊNH",
                "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "QUYẾT ĐỊNH:",
                "Nơi nhận:",
                "- Như Điều 3;",
                "- Lưu: VT, SNV.",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Trần Văn Bình");
        assertThat(oneLine(text)).contains(
                "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể và 03 cá nhân",
                "Điều 2. Tiền thưởng kèm theo Bằng khen thực hiện theo quy định hiện hành.",
                "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh");
    }

    @Test
    void theAnnexGroupsTheRecipientsWithTheirAmountsAndTotals() {
        String text = oneLine(Pdfs.text(Pdfs.render(Samples.decision())));

        assertThat(text).containsSubsequence(
                "DANH SÁCH TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                "(Kèm theo Quyết định số 01/QĐ-UBND ngày 05 tháng 12 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh)",
                "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "I Tập thể",
                "1 Phòng Giáo dục và Đào tạo huyện Châu Thành", "7.020.000",
                "2 Trường Tiểu học Hòa Thành", "7.020.000",
                "Cộng tập thể 14.040.000",
                "II Cá nhân",
                "1 Bà Nguyễn Thị Ngọc Ánh Giáo viên, Trường Tiểu học Hòa Thành 3.510.000",
                "2 Ông Lê Quốc Hưng", "3.510.000",
                "3 Ông Phạm Đức Thắng Chuyên viên, Sở Tài chính Cộng cá nhân 7.020.000",
                "Tổng cộng 21.060.000",
                "./.");
    }

    @Test
    void aDecisionWithoutAnnexEndsWithItsSignature() {
        String text = Pdfs.text(Pdfs.render(Samples.decision(null)));

        assertThat(text).contains("Trần Văn Bình").doesNotContain("DANH SÁCH", "Tổng cộng");
    }

    @Test
    void everyFontIsEmbeddedAndTheDocumentDescribesItself() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Pdfs.render(Samples.decision()))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }

            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as(font.getName()).isTrue());
            // Subsets (a tag before the name), and every face of the family the decision uses.
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.matches("[A-Z]{6}\\+.*"))
                    .anyMatch(name -> name.endsWith("LiberationSerif"))
                    .anyMatch(name -> name.endsWith("LiberationSerif-Bold"))
                    .anyMatch(name -> name.endsWith("LiberationSerif-Italic"))
                    .anyMatch(name -> name.endsWith("LiberationSerif-BoldItalic"));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Quyết định số 01/QĐ-UBND");
            assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("TĐKT");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi");
        }
    }

    @Test
    void pagesAreA4WithThePageNumberFromPageTwoOn() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Pdfs.render(Samples.decision()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth() / MM).isCloseTo(210f, offset(0.5f));
            assertThat(first.getMediaBox().getHeight() / MM).isCloseTo(297f, offset(0.5f));

            assertThat(pageText(pdf, 1)).startsWith("ỦY BAN NHÂN DÂN");
            assertThat(pageText(pdf, 2)).startsWith("2\n");
        }
    }

    @Test
    void theTextStartsAtTheDecreesLeftMargin() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Pdfs.render(Samples.decision()))) {
            List<Float> starts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    starts.add(positions.get(0).getXDirAdj());
                }
            };
            stripper.getText(pdf);

            // Left margin 30 mm: nothing further left, and the justified paragraphs' continuation lines right on it.
            assertThat(starts).allSatisfy(x -> assertThat(x / MM).isGreaterThan(29.5f));
            assertThat(starts.stream().mapToDouble(x -> x / MM).min().orElseThrow()).isLessThan(30.5);
        }
    }

    @Test
    void whateverANomineeIsCalledItIsPrintedLiterally() {
        String hostile = "<script>alert(1)</script> & \"Công ty\" 'A'";
        DecisionPaper decision = Samples.decision(Samples.annex(List.of(
                new AnnexLine(hostile, "<b>not bold</b> &amp;", 3_510_000L))));

        String text = oneLine(Pdfs.text(Pdfs.render(decision)));

        assertThat(text).contains(hostile, "<b>not bold</b> &amp;");
    }

    @Test
    void aThousandLineAnnexIsComplete() throws IOException {
        DecisionPaper decision = Samples.decision(Samples.annex(Samples.manyIndividuals(1_000)));

        long start = System.nanoTime();
        byte[] pdf = Pdfs.render(decision);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("decision with a 1,000-line annex: %d ms, %d pages, %d bytes%n", millis,
                pageCount(pdf), pdf.length);

        String text = oneLine(Pdfs.text(pdf));
        assertThat(text).contains("1 Ông Nguyễn Văn Người Thứ 1 ", "500 Ông Nguyễn Văn Người Thứ 500 ",
                "1000 Ông Nguyễn Văn Người Thứ 1000 ", "Cộng cá nhân 3.510.000.000", "Tổng cộng 3.524.040.000");
        for (int i = 1; i <= 1_000; i++) {
            assertThat(text).contains(" " + i + " Ông Nguyễn Văn Người Thứ " + i + " ");
        }
        // The table's head is repeated on every page of the annex.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 3; page <= document.getNumberOfPages(); page++) {
                assertThat(pageText(document, page)).startsWith(page + "\nSTT Họ và tên, tên tập thể");
            }
        }
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }

    /** The text with line breaks as spaces: wrapping depends on the layout, the words do not. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
