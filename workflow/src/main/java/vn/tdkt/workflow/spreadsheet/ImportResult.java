package vn.tdkt.workflow.spreadsheet;

import java.util.List;

/**
 * What was read from an uploaded nominee list (kết quả nhập danh sách đề nghị).
 *
 * @param rows     the rows that passed every check, in sheet order
 * @param errors   every problem found, in sheet order; a file-level error (row 0) stands alone
 * @param dataRows how many non-blank rows under the header were read, valid or not
 */
public record ImportResult(List<NomineeRow> rows, List<RowError> errors, int dataRows) {

    public ImportResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    static ImportResult refused(RowError error) {
        return new ImportResult(List.of(), List.of(error), 0);
    }

    /** True when the whole list can be taken: at least one row and no error. */
    public boolean isClean() {
        return errors.isEmpty() && !rows.isEmpty();
    }
}
