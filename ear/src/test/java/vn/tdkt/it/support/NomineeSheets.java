package vn.tdkt.it.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.workflow.spreadsheet.NomineeTemplate;

/** Nominee lists as a clerk fills them: the application's own template with rows typed into columns A–H. */
public final class NomineeSheets {

    private NomineeSheets() {
    }

    /**
     * @param rows each row's cells from column B on: kind, name, position, gender, birth date, title, summary
     *             ({@code null} leaves a cell empty)
     */
    public static byte[] filled(Map<String, String> catalog, List<List<String>> rows) {
        byte[] template = new NomineeTemplate().write(catalog);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < rows.size(); i++) {
                XSSFRow row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(String.valueOf(i + 1));
                List<String> cells = rows.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) != null) {
                        row.createCell(c + 1).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
