package vn.tdkt.workflow.spreadsheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.function.Function;
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
 * One list being written to Excel row by row, as its pages come from the database: POI's streaming workbook
 * (SXSSF) keeps the last {@value #ROWS_IN_MEMORY} rows in memory and the others in a compressed temporary file, so
 * that neither the list nor the sheet is ever held whole. At most {@link ListExport#MAX_ROWS} rows are written;
 * {@link #add} refuses the next one, and the finished workbook then ends with the note the caller gave, so that a
 * list cut short says so. {@link #close()} removes the temporary files, written or not.
 *
 * <p>Values keep their type so that Excel can sort and sum them: dates are dates, numbers are numbers, text stays
 * text (never a formula, whatever it starts with).
 */
public final class ListSheet implements Closeable {

    /** Excel holds at most this many characters in a cell; longer text is cut with an ellipsis. */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** Rows kept in memory while writing; older ones go to the temporary file. */
    static final int ROWS_IN_MEMORY = 100;

    /** Widths are estimated from the first rows only: enough to size a column, cheap for a long list. */
    private static final int ROWS_SAMPLED_FOR_WIDTH = 500;
    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 8;

    /** Excel keeps 15 significant digits; a whole number beyond that is written as text to keep every digit. */
    private static final long LARGEST_EXACT = 999_999_999_999_999L;

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final Styles styles;
    private final String capNote;
    private final int[] widths;
    private int columns;
    private int rows;
    private boolean cut;
    private boolean finished;
    private boolean disposed;

    /**
     * Starts the sheet with its bold, frozen header row.
     *
     * @param sheetName name of the only sheet, made safe for Excel (see {@link ListExport#safeSheetName})
     * @param headers   column headers, already translated
     * @param capNote   the last row's text when the list had more than {@link ListExport#MAX_ROWS} rows, in the
     *                  reader's language
     */
    public ListSheet(String sheetName, List<String> headers, String capNote) {
        Objects.requireNonNull(headers);
        this.capNote = Objects.requireNonNull(capNote);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one column");
        }
        workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            styles = new Styles(workbook);
            sheet = workbook.createSheet(ListExport.safeSheetName(sheetName));
            columns = headers.size();
            widths = new int[SpreadsheetVersion.EXCEL2007.getMaxColumns()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(text(headers.get(c)));
                cell.setCellStyle(styles.header);
                widths[c] = Math.max(MIN_WIDTH, length(headers.get(c)) + 3);
            }
            sheet.createFreezePane(0, 1);
        } catch (RuntimeException e) {
            dispose();
            throw e;
        }
    }

    /**
     * Writes the next row; {@code null} values leave their cells empty.
     *
     * @return false, writing nothing, once {@link ListExport#MAX_ROWS} rows are written: the list is then cut, and
     *         the caller should stop reading it
     */
    public boolean add(List<?> values) {
        if (finished) {
            throw new IllegalStateException("the sheet is finished");
        }
        if (rows == ListExport.MAX_ROWS) {
            cut = true;
            return false;
        }
        Row row = sheet.createRow(++rows);
        if (values != null) {
            columns = Math.max(columns, Math.min(values.size(), widths.length));
            for (int c = 0; c < values.size() && c < widths.length; c++) {
                put(row, c, values.get(c));
                if (rows <= ROWS_SAMPLED_FOR_WIDTH) {
                    widths[c] = Math.max(widths[c], width(values.get(c)));
                }
            }
        }
        return true;
    }

    /**
     * Writes a list read a page of {@link ListExport#PAGE_ROWS} at a time, until a page comes back short or the sheet
     * is full: at most one row more than the sheet holds is ever read, and one page's items are in memory at a time.
     *
     * @param pages reads {@code max} items from {@code first} (0-based), in the list's order
     * @param row   the values of one item
     */
    public <T> void addPages(PageReader<T> pages, Function<? super T, ? extends List<?>> row) {
        for (int first = 0; first <= ListExport.MAX_ROWS; first += ListExport.PAGE_ROWS) {
            int max = Math.min(ListExport.PAGE_ROWS, ListExport.MAX_ROWS + 1 - first);
            List<T> page = pages.read(first, max);
            for (T item : page) {
                if (!add(row.apply(item))) {
                    return;
                }
            }
            if (page.size() < max) {
                return;
            }
        }
    }

    /** Reads one page of a list for {@link #addPages}. */
    @FunctionalInterface
    public interface PageReader<T> {
        List<T> read(int first, int max);
    }

    /** Whether a row was refused: the list had more than {@link ListExport#MAX_ROWS} rows. */
    public boolean isCut() {
        return cut;
    }

    /** How many rows (below the header) were written. */
    public int rows() {
        return rows;
    }

    /**
     * Finishes the workbook (column widths, the filter over the rows written, the note when the list was cut) and
     * writes it to {@code out}, which stays open; then removes the temporary files.
     */
    public void writeTo(OutputStream out) throws IOException {
        if (finished) {
            throw new IllegalStateException("the sheet is finished");
        }
        finished = true;
        try {
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c])) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns - 1));
            if (cut) {
                // After a blank row, so that Excel's filter and sort take it for no part of the list.
                Cell note = sheet.createRow(rows + 2).createCell(0);
                note.setCellValue(text(capNote));
                note.setCellStyle(styles.note);
            }
            workbook.write(out);
        } finally {
            dispose();
        }
    }

    /** Removes the temporary files; the workbook can no longer be written. */
    @Override
    public void close() {
        finished = true;
        dispose();
    }

    private void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        try {
            // Since POI 5 close() also disposes of the temporary files of every sheet.
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(Row row, int column, Object value) {
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

    /** The few styles of an export; an .xlsx holds at most 64,000, so they are made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle note;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            note = workbook.createCellStyle();
            note.setFont(italic);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        }
    }
}
