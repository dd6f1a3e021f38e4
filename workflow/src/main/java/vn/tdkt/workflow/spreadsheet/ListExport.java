package vn.tdkt.workflow.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * Export of any list shown in the application (xuất danh sách ra Excel): proposals, the award register, rule
 * sets… as one sheet with a bold, frozen, filterable header. Values keep their type so that Excel can sort and
 * sum them: dates are dates, numbers are numbers, text stays text (never a formula, whatever it starts with).
 */
public final class ListExport {

    /** Excel refuses longer sheet names. */
    public static final int MAX_SHEET_NAME = 31;

    /** Excel holds at most this many characters in a cell; longer text is cut with an ellipsis. */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** Rows kept in memory while writing; older ones go to a temporary file, so a long register stays cheap. */
    private static final int ROWS_IN_MEMORY = 200;

    /** Widths are estimated from the first rows only: enough to size a column, cheap for a long list. */
    private static final int ROWS_SAMPLED_FOR_WIDTH = 500;
    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 8;

    /** Excel keeps 15 significant digits; a whole number beyond that is written as text to keep every digit. */
    private static final long LARGEST_EXACT = 999_999_999_999_999L;

    /**
     * Writes the list.
     *
     * @param sheetName name of the only sheet, made safe for Excel (see {@link #safeSheetName})
     * @param headers   column headers, already translated
     * @param rows      the values, row by row; {@code null} leaves a cell empty
     * @return the .xlsx bytes
     */
    public byte[] write(String sheetName, List<String> headers, List<List<Object>> rows) {
        Objects.requireNonNull(headers);
        Objects.requireNonNull(rows);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one column");
        }
        if (rows.size() >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalArgumentException("more rows than an Excel sheet holds: " + rows.size());
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(safeSheetName(sheetName));
            int columns = headers.size();
            for (List<Object> row : rows) {
                columns = Math.max(columns, row == null ? 0 : row.size());
            }
            int[] widths = widths(headers, rows, columns);
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }

            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(text(headers.get(c)));
                cell.setCellStyle(styles.header);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                if (values != null) {
                    for (int c = 0; c < values.size(); c++) {
                        put(row, c, values.get(c), styles);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Memory and POI's own temporary files only: not a condition the caller can act on.
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(styles.dateTime);
        } else if (localTime(value) != null) {
            cell.setCellValue(localTime(value));
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof Number number) {
            number(cell, number);
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else {
            cell.setCellValue(text(value.toString()));
        }
    }

    /** An instant shown as our users read the time: Vietnam local time. */
    private static LocalDateTime localTime(Object value) {
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, BusinessClock.ZONE);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(BusinessClock.ZONE).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(BusinessClock.ZONE).toLocalDateTime();
        }
        return null;
    }

    private static void number(Cell cell, Number number) {
        if (number instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (number instanceof BigInteger || number instanceof Long) {
            BigInteger whole = number instanceof BigInteger big ? big : BigInteger.valueOf(number.longValue());
            if (whole.abs().compareTo(BigInteger.valueOf(LARGEST_EXACT)) > 0) {
                cell.setCellValue(whole.toString());
            } else {
                cell.setCellValue(whole.longValue());
            }
        } else {
            cell.setCellValue(number.doubleValue());
        }
    }

    /** NFC, so that Excel's search and sort treat a decomposed «Nguyễn» like a precomposed one; cut to fit. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static int[] widths(List<String> headers, List<List<Object>> rows, int columns) {
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(MIN_WIDTH, c < headers.size() ? length(headers.get(c)) + 3 : 0);
        }
        int sampled = 0;
        for (List<Object> row : rows) {
            if (sampled++ == ROWS_SAMPLED_FOR_WIDTH) {
                break;
            }
            if (row == null) {
                continue;
            }
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.min(MAX_WIDTH, widths[c]);
        }
        return widths;
    }

    private static int width(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof LocalDate) {
            return 12;
        }
        if (value instanceof LocalDateTime || localTime(value) != null) {
            return 18;
        }
        return length(value.toString()) + 2;
    }

    private static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * A name Excel accepts for a sheet: none of {@code [ ] : * ? / \}, no control characters, no apostrophe at
     * either end, not blank, not the reserved "History", at most {@value #MAX_SHEET_NAME} characters.
     */
    public static String safeSheetName(String name) {
        String safe = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        safe = safe.replaceAll("^'+|'+$", "").strip();
        if (safe.length() > MAX_SHEET_NAME) {
            int end = MAX_SHEET_NAME;
            if (Character.isHighSurrogate(safe.charAt(end - 1))) {
                end--;
            }
            safe = safe.substring(0, end).strip().replaceAll("'+$", "");
        }
        if (safe.isEmpty()) {
            return "Sheet1";
        }
        return "History".equalsIgnoreCase(safe) ? safe + "_" : safe;
    }

    /** The few styles of an export; an .xlsx holds at most 64,000, so they are made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        }
    }
}
