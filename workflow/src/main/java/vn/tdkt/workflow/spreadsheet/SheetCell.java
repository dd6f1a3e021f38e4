package vn.tdkt.workflow.spreadsheet;

import java.time.LocalDate;

/**
 * The value of one non-empty cell as stored in the file, before any check.
 *
 * @param text what the cell holds as text: numbers as Excel shows them in General format (123, not 123.0)
 * @param date the date of a date-formatted number or an ISO date cell, {@code null} otherwise
 */
record SheetCell(Type type, String text, LocalDate date) {

    enum Type {
        TEXT, NUMBER, DATE, BOOLEAN,
        /** A formula whose cached result is an error (#REF!, #N/A…); the text is that error. */
        ERROR,
        /** A formula that was never calculated, so the file holds no value for it. */
        UNCALCULATED
    }
}
