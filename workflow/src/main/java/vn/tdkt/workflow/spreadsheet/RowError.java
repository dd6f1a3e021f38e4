package vn.tdkt.workflow.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a row (or the whole file) of an uploaded list cannot be taken, as a message key of the UI bundles and its
 * arguments. For a cell the arguments start with the row number (as text, so that 1000 is not shown "1.000") and
 * the column letter, followed by what the key describes, usually the offending value.
 *
 * @param row    the row number Excel shows, or 0 when the error concerns the whole file
 * @param column the column letter ("C"), or {@code null} when the error concerns the whole file or row
 */
public record RowError(int row, String column, String messageKey, List<Object> args) {

    public RowError {
        args = List.copyOf(args);
    }

    /** An error about one cell: arguments are the row, the column letter, then {@code details}. */
    static RowError cell(int row, String column, String messageKey, Object... details) {
        List<Object> args = new ArrayList<>(details.length + 2);
        args.add(String.valueOf(row));
        args.add(column);
        args.addAll(List.of(details));
        return new RowError(row, column, messageKey, args);
    }

    /** An error about the whole file. */
    static RowError file(String messageKey, Object... args) {
        return new RowError(0, null, messageKey, List.of(args));
    }
}
