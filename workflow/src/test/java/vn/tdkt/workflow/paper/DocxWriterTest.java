package vn.tdkt.workflow.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxWriterTest {

    private static final DocxWriter WRITER = new DocxWriter(Pdfs.TEMPLATES);

    private static XWPFDocument write(Paper paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(paper, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(XWPFDocument docx) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }

    @Test
    void theProposalLetterHasTheSameContentAsItsPdf() throws IOException {
        try (XWPFDocument docx = write(Samples.proposalLetter())) {
            String text = text(docx);

            // The header is a table of two columns: issuing body left, national title right.
            XWPFTable header = docx.getTables().get(0);
            assertThat(paragraphs(header.getRow(0).getCell(0))).containsExactly("UBND TỈNH TÂY NINH", "SỞ NỘI VỤ", "");
            assertThat(paragraphs(header.getRow(0).getCell(1)))
                    .containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "");
            // Under the issuer and the motto, a short rule centred in its column.
            XWPFParagraph issuerRule = header.getRow(0).getCell(0).getParagraphs().get(2);
            assertThat(issuerRule.getBorderTop()).isEqualTo(Borders.SINGLE);
            assertThat(issuerRule.getIndentationLeft()).isEqualTo(issuerRule.getIndentationRight()).isPositive();
            // The word extractor writes a row's cells, and a cell's paragraphs, separated by tabs.
            assertThat(text.lines().map(String::strip).toList()).containsSubsequence(
                    "Số: 12/TTr-SNV\tTây Ninh, ngày 01 tháng 12 năm 2026",
                    "TỜ TRÌNH",
                    "Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                    "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh",
                    "1. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 3",
                    "STT\tHọ và tên, tên tập thể\tChức vụ, đơn vị\tThành tích",
                    "2\tBà Nguyễn Thị Ngọc Ánh\tChuyên viên, Phòng Thi đua - Khen thưởng\tHoàn thành xuất sắc nhiệm vụ 02 năm liên tục",
                    "Tóm tắt thành tích",
                    "Kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét./.",
                    "Nơi nhận:\t- Như trên;\t- Lưu: VT, TĐKT.\tGIÁM ĐỐC\t\tVõ Thị Hồng Nhung");
        }
    }

    @Test
    void theMinutesHaveEveryBallot() throws IOException {
        try (XWPFDocument docx = write(Samples.councilMinutes())) {
            String text = text(docx);

            assertThat(text).contains("BIÊN BẢN", "Số: 03/BB-HĐTĐKT",
                    "Thành viên Hội đồng: 9; có mặt: 8; vắng mặt: 1.",
                    "1\tPhòng Công chức, viên chức\tBằng khen của Chủ tịch UBND tỉnh\t8\t0\t0\t1\tThông qua",
                    "2\tÔng Lê Quốc Hưng\tBằng khen của Chủ tịch UBND tỉnh\t3\t4\t1\t1\tKhông thông qua",
                    "THƯ KÝ", "CHỦ TRÌ");
        }
    }

    @Test
    void theDecisionsAnnexKeepsItsGroupsAndTotals() throws IOException {
        try (XWPFDocument docx = write(Samples.decision())) {
            String text = text(docx);

            assertThat(text.lines().map(String::strip).toList()).containsSubsequence(
                    "STT\tHọ và tên, tên tập thể\tChức vụ, đơn vị\tSố tiền (đồng)",
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                    "I\tTập thể",
                    "1\tPhòng Giáo dục và Đào tạo huyện Châu Thành\tỦy ban nhân dân huyện Châu Thành\t7.020.000",
                    "Cộng tập thể\t14.040.000",
                    "II\tCá nhân",
                    "1\tBà Nguyễn Thị Ngọc Ánh\tGiáo viên, Trường Tiểu học Hòa Thành\t3.510.000",
                    "3\tÔng Phạm Đức Thắng\tChuyên viên, Sở Tài chính",
                    "Cộng cá nhân\t7.020.000",
                    "Tổng cộng\t21.060.000",
                    "./.");
            // The annex starts a page, as in the PDF.
            XWPFParagraph annexStart = docx.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().contains("DANH SÁCH")).findFirst().orElseThrow();
            assertThat(docx.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).toList()).hasSize(1);
            assertThat(docx.getBodyElements().indexOf(docx.getParagraphs().stream().filter(XWPFParagraph::isPageBreak)
                    .findFirst().orElseThrow())).isLessThan(docx.getBodyElements().indexOf(annexStart));
            // The annex table's head row repeats on every page Word breaks it over.
            XWPFTable annex = docx.getTables().get(docx.getTables().size() - 1);
            assertThat(annex.getRow(0).isRepeatHeader()).isTrue();
            assertThat(annex.getRow(1).isRepeatHeader()).isFalse();
        }
    }

    @Test
    void thePageIsTheDecreesAndEveryRunIsTimesNewRoman() throws IOException {
        try (XWPFDocument docx = write(Samples.proposalLetter())) {
            CTSectPr section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = section.getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701),
                            BigInteger.valueOf(850));
            assertThat(section.isSetTitlePg()).isTrue();

            List<XWPFRun> runs = runs(docx);
            assertThat(runs).isNotEmpty()
                    .allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
            XWPFRun title = runs.stream().filter(r -> "TỜ TRÌNH".equals(r.text())).findFirst().orElseThrow();
            assertThat(title.isBold()).isTrue();
            assertThat(title.getFontSizeAsDouble()).isEqualTo(14.0);
            XWPFRun date = runs.stream().filter(r -> r.text().startsWith("Tây Ninh, ngày")).findFirst().orElseThrow();
            assertThat(date.isItalic()).isTrue();
        }
    }

    @Test
    void whateverANomineeIsCalledItIsWrittenLiterally() throws IOException {
        String hostile = "<script>alert(1)</script> & \"Công ty\"";
        ProposalLetterPaper letter = Samples.proposalLetter();
        ProposalLetterPaper edited = new ProposalLetterPaper(letter.heading(), letter.subject(), letter.addressee(),
                letter.introduction(), List.of(new NomineeGroup("Giấy khen", List.of(new Nominee(hostile, "", "")))),
                letter.achievementSummary(), letter.closing(), letter.recipients(), letter.signature());

        try (XWPFDocument docx = write(edited)) {
            assertThat(text(docx)).contains("1\t" + hostile);
        }
    }

    private static List<String> paragraphs(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<XWPFRun> runs(XWPFDocument docx) {
        List<XWPFRun> runs = new ArrayList<>();
        collect(docx.getBodyElements(), runs);
        return runs;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFRun> runs) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                runs.addAll(paragraph.getRuns().stream().filter(r -> !r.text().isEmpty()).toList());
            } else if (element instanceof XWPFTable table) {
                table.getRows()
                        .forEach(row -> row.getTableCells().forEach(cell -> collect(cell.getBodyElements(), runs)));
            }
        }
    }
}
