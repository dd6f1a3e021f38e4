package vn.tdkt.workflow.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * Export of any list shown in the application (xuất danh sách ra Excel): proposals, the award register, the
 * inbox, rule sets… as one sheet with a bold, frozen, filterable header, written by {@link ListSheet} as the rows
 * come. Every export is bounded: at most {@value #MAX_ROWS} rows, read from the database a page at a time; a longer
 * list ends with a note saying that it was cut, never silently.
 */
public final class ListExport {

    /**
     * Most rows of one export: a year of a province's dossiers or a unit's whole register is a few thousand, so a
     * list beyond this is filtered first; at about 1 KB of sheet per row, one export stays some 50 MB of temporary
     * file and a few seconds of work.
     */
    public static final int MAX_ROWS = 50_000;

    /** How many rows the callers read from the database at a time: one page's entities in memory, no more. */
    public static final int PAGE_ROWS = 500;

    /** Excel refuses longer sheet names. */
    public static final int MAX_SHEET_NAME = 31;

    /**
     * Writes a short list held whole (a bloc's ranking, the minutes' table) into a workbook in memory.
     *
     * @param sheetName name of the only sheet, made safe for Excel (see {@link #safeSheetName})
     * @param headers   column headers, already translated
     * @param rows      the values, row by row; {@code null} leaves a cell empty; at most {@link #MAX_ROWS}
     * @return the .xlsx bytes
     */
    public byte[] write(String sheetName, List<String> headers, List<List<Object>> rows) {
        Objects.requireNonNull(rows);
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("a list held whole is short; stream this one: " + rows.size());
        }
        try (ListSheet sheet = new ListSheet(sheetName, headers, "");
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            rows.forEach(sheet::add);
            sheet.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Memory and POI's own temporary files only: not a condition the caller can act on.
            throw new UncheckedIOException(e);
        }
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
}
