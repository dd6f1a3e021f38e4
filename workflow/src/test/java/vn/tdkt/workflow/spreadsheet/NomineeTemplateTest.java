package vn.tdkt.workflow.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The template a clerk downloads: its layout is the contract that {@link NomineeImport} reads back. */
class NomineeTemplateTest {

    private static XSSFWorkbook template() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(new NomineeTemplate().write(TemplateFiller.CATALOG)));
    }

    @Test
    void theDataSheetHasTheVietnameseHeaderAndNothingBelow() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("Danh sách đề nghị");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
            assertThat(texts(data.getRow(0))).containsExactly("STT", "Loại đối tượng", "Họ và tên / Tên tập thể",
                    "Chức vụ – đơn vị / Địa chỉ", "Giới tính", "Ngày sinh (dd/mm/yyyy)",
                    "Danh hiệu – hình thức (mã)", "Tóm tắt thành tích");
            assertThat(data.getLastRowNum()).isZero();
            assertThat(data.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            for (int c = 0; c < 8; c++) {
                assertThat(data.getColumnWidth(c)).as("column %d", c).isGreaterThanOrEqualTo(6 * 256);
            }
            // Typed dates stay text, so that 05/09/1985 is not read as 9 May by an English Excel.
            assertThat(data.getColumnStyle(5).getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void kindGenderAndTitleOfferDropDowns() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            List<XSSFDataValidation> validations = workbook.getSheetAt(0).getDataValidations();
            assertThat(validations).hasSize(3);
            XSSFDataValidation kind = on(validations, 1);
            assertThat(kind.getValidationConstraint().getExplicitListValues())
                    .containsExactly("Cá nhân", "Tập thể", "Hộ gia đình", "Sáng kiến");
            assertThat(kind.getShowErrorBox()).isTrue();
            assertThat(kind.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(workbook.getSheetAt(0).getCTWorksheet().getDataValidations().getDataValidationArray())
                    .allSatisfy(v -> assertThat(v.getShowDropDown()).as("false shows the arrow").isFalse());
            CellRangeAddress range = kind.getRegions().getCellRangeAddress(0);
            assertThat(range.getFirstRow()).isEqualTo(1);
            assertThat(range.getLastRow()).isEqualTo(NomineeImport.MAX_ROWS);
            assertThat(on(validations, 4).getValidationConstraint().getExplicitListValues())
                    .containsExactly("Nam", "Nữ");
            XSSFDataValidation title = on(validations, 6);
            assertThat(title.getValidationConstraint().getFormula1()).isEqualTo(NomineeTemplate.TITLE_CODES_NAME);
            assertThat(title.getShowErrorBox()).as("a title's name may be typed too").isFalse();
            assertThat(workbook.getName(NomineeTemplate.TITLE_CODES_NAME).getRefersToFormula())
                    .isEqualTo("'Hướng dẫn'!$A$12:$A$15");
        }
    }

    @Test
    void theGuideExplainsTheRulesAndListsTheCatalog() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            XSSFSheet guide = workbook.getSheetAt(1);
            List<String> lines = new ArrayList<>();
            guide.forEach(row -> lines.add(String.join(" | ", texts(row))));
            assertThat(lines.get(0)).isEqualTo("Hướng dẫn nhập danh sách đề nghị khen thưởng");
            assertThat(String.join("\n", lines))
                    .contains("trang «Danh sách đề nghị»")
                    .contains("Cột «Họ và tên / Tên tập thể»: bắt buộc, tối đa 200 ký tự.")
                    .contains("tối đa 8.000 ký tự")
                    .contains("Mỗi tệp tối đa 5.000 dòng và không quá 10 MB");
            assertThat(lines.subList(lines.size() - 5, lines.size())).containsExactly(
                    "Mã | Danh hiệu – hình thức khen thưởng",
                    "CSTDCS | Chiến sĩ thi đua cơ sở",
                    "LDTT | Lao động tiên tiến",
                    "BKUBND | Bằng khen của Chủ tịch UBND tỉnh",
                    "TTLDXS | Tập thể lao động xuất sắc");
        }
    }

    private static XSSFDataValidation on(List<XSSFDataValidation> validations, int column) {
        return validations.stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst().orElseThrow();
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(formatter.formatCellValue(cell));
        }
        return texts;
    }
}
