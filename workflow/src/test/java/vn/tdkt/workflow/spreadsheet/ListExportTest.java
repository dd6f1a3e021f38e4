package vn.tdkt.workflow.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Any list exported to Excel keeps its values' types, its Vietnamese, and a header ready to filter. */
class ListExportTest {

    private final ListExport export = new ListExport();

    @Test
    void valuesKeepTheirTypesAndTheHeaderIsBoldFrozenAndFiltered() throws IOException {
        String nfd = Normalizer.normalize("Nguyễn Thị Hằng", Normalizer.Form.NFD);
        List<List<Object>> rows = List.of(
                Arrays.asList("HS-2025-0001", nfd, LocalDate.of(2025, 3, 8),
                        LocalDateTime.of(2025, 3, 8, 14, 35), 42, new BigDecimal("1234.50"), true),
                Arrays.asList("=1+1", null, null, null, 123_456_789_012_345_678L, 0.25, null));

        byte[] bytes = export.write("Hồ sơ đề nghị", List.of("Số hồ sơ", "Đối tượng", "Ngày trình",
                "Cập nhật", "Số", "Số tiền", "Xong"), rows);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Hồ sơ đề nghị");
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đối tượng");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G3");

            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("HS-2025-0001");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Hằng");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 8, 0, 0));
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 8, 14, 35));
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(42.0);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(first.getCell(6).getBooleanCellValue()).isTrue();

            XSSFRow second = sheet.getRow(2);
            assertThat(second.getCell(0).getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(second.getCell(1)).as("null leaves the cell empty").isNull();
            assertThat(second.getCell(4).getStringCellValue()).as("more digits than Excel keeps")
                    .isEqualTo("123456789012345678");
            assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(0.25);
        }
    }

    @Test
    void anInstantIsShownInVietnamTime() throws IOException {
        byte[] bytes = export.write("Nhật ký", List.of("Lúc"),
                List.of(List.of(Instant.parse("2025-03-08T17:30:00Z"))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2025, 3, 9, 0, 30));
        }
    }

    @Test
    void aLongListIsWrittenWhole() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            rows.add(List.of("Đơn vị " + i, i, LocalDate.of(2024, 1, 1).plusDays(i % 365)));
        }

        byte[] bytes = export.write("Sổ khen thưởng", List.of("Đơn vị", "Số", "Ngày"), rows);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3_000);
            assertThat(sheet.getRow(3_000).getCell(0).getStringCellValue()).isEqualTo("Đơn vị 2999");
        }
    }

    @Test
    void sheetNamesAreMadeSafeForExcel() {
        assertThat(ListExport.safeSheetName("Hồ sơ [2025]: đợt 1/2?*\\")).isEqualTo("Hồ sơ 2025 đợt 1 2");
        assertThat(ListExport.safeSheetName("Danh sách cá nhân được đề nghị khen thưởng năm 2025"))
                .isEqualTo("Danh sách cá nhân được đề nghị").hasSizeLessThanOrEqualTo(31);
        String fromNfd = ListExport.safeSheetName(Normalizer.normalize("Đề nghị khen thưởng cấp tỉnh năm nay",
                Normalizer.Form.NFD));
        assertThat(fromNfd).isEqualTo("Đề nghị khen thưởng cấp tỉnh nă");
        assertThat(Normalizer.isNormalized(fromNfd, Normalizer.Form.NFC)).isTrue();
        assertThat(ListExport.safeSheetName("'Quý 1'")).isEqualTo("Quý 1");
        assertThat(ListExport.safeSheetName("  ")).isEqualTo("Sheet1");
        assertThat(ListExport.safeSheetName(null)).isEqualTo("Sheet1");
        assertThat(ListExport.safeSheetName("history")).isEqualTo("history_");
    }

    @Test
    void anExportNeedsColumns() {
        assertThatThrownBy(() -> export.write("x", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
