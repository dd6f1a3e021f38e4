package vn.tdkt.workflow.proposal;

import java.io.Serializable;
import java.util.List;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.spreadsheet.RowError;

/** What an import did: rows read, rows added, and each problem by row and column, for the clerk to fix. */
public final class ImportOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rowsRead;
    private final int imported;
    private final List<Issue> issues;

    ImportOutcome(int rowsRead, int imported, List<Issue> issues) {
        this.rowsRead = rowsRead;
        this.imported = imported;
        this.issues = List.copyOf(issues);
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getImported() {
        return imported;
    }

    public List<Issue> getIssues() {
        return issues;
    }

    /**
     * One problem: a message key with its arguments (they name the row and column), and for a rule of the
     * dossier the rule's own message as detail.
     */
    public static final class Issue implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int row;
        private final String column;
        private final String messageKey;
        private final List<Object> arguments;
        private final String detailKey;
        private final List<Object> detailArguments;

        private Issue(int row, String column, String messageKey, List<Object> arguments, String detailKey,
                List<Object> detailArguments) {
            this.row = row;
            this.column = column;
            this.messageKey = messageKey;
            this.arguments = List.copyOf(arguments);
            this.detailKey = detailKey;
            this.detailArguments = List.copyOf(detailArguments);
        }

        static Issue of(RowError error) {
            return new Issue(error.row(), error.column(), error.messageKey(), error.args(), null, List.of());
        }

        static Issue ofRule(int row, DomainException e) {
            return new Issue(row, null, "import.error.row", List.of(String.valueOf(row)), e.messageKey(),
                    List.of(e.arguments()));
        }

        public int getRow() {
            return row;
        }

        public String getColumn() {
            return column;
        }

        public String getMessageKey() {
            return messageKey;
        }

        public List<Object> getArguments() {
            return arguments;
        }

        public String getDetailKey() {
            return detailKey;
        }

        public List<Object> getDetailArguments() {
            return detailArguments;
        }
    }
}
