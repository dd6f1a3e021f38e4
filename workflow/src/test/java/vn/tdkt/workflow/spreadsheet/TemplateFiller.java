package vn.tdkt.workflow.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills the downloaded template the way a clerk would, cell by cell, for the import tests. */
final class TemplateFiller {

    static final Map<String, String> CATALOG = catalog();

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final CellStyle dateStyle;

    private TemplateFiller(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.sheet = workbook.getSheetAt(0);
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    private static Map<String, String> catalog() {
        Map<String, String> catalog = new LinkedHashMap<>();
        catalog.put("CSTDCS", "Chiến sĩ thi đua cơ sở");
        catalog.put("LDTT", "Lao động tiên tiến");
        catalog.put("BKUBND", "Bằng khen của Chủ tịch UBND tỉnh");
        catalog.put("TTLDXS", "Tập thể lao động xuất sắc");
        return Collections.unmodifiableMap(catalog);
    }

    /** The template with {@code filling} applied to its data sheet, as the bytes a clerk would upload. */
    static byte[] filled(Consumer<TemplateFiller> filling) {
        byte[] template = new NomineeTemplate().write(CATALOG);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filling.accept(new TemplateFiller(workbook));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    /**
     * Writes one row (Excel's number) from column A: a String as text, a Number as a number, a LocalDate as a
     * date-formatted number, a {@link Formula} as a formula, {@code null} leaves the cell empty.
     */
    TemplateFiller row(int excelRow, Object... values) {
        Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.text());
                if (formula.calculate()) {
                    workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
                }
            } else {
                throw new IllegalArgumentException(value.getClass().getName());
            }
        }
        return this;
    }

    /** A formula cell; {@code calculate} stores its result in the file as Excel does on saving. */
    record Formula(String text, boolean calculate) {
    }
}
