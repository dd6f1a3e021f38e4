package vn.tdkt.web.files;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.web.i18n.LocaleSelector;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.spreadsheet.ListExport;
import vn.tdkt.workflow.spreadsheet.ListSheet;

/**
 * What the Excel export resources share: the signed-in user, the headings in the user's language, and the way a list
 * goes out: written row by row as it is read, a page at a time, into a streaming workbook of at most
 * {@link ListExport#MAX_ROWS} rows (a longer list ends with a note saying so), then sent while it is finished. A list
 * the user may not see answers 404 like a missing file (the services throw; {@link ErrorPages} answers).
 */
abstract class ExcelExports {

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    /** The sheets of this request; their temporary files are removed at its end, sent or not. */
    private final List<ListSheet> sheets = new ArrayList<>();

    Actor actor() {
        return currentUser.actor();
    }

    Locale locale() {
        return localeSelector.getLocale();
    }

    ResourceBundle text() {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale());
    }

    /**
     * One sheet with a header row, saved under the given name. {@code rows} writes the list into the sheet, reading
     * it as it goes ({@link ListSheet#addPages}, or {@link #allOf} for the short lists of one dossier); a failure
     * there answers before anything is sent. The finished workbook is streamed to the browser.
     */
    Response sheet(String fileName, String sheetName, List<String> headers, Consumer<ListSheet> rows) {
        ListSheet sheet = new ListSheet(sheetName, headers, Messages.format(text(), "export.cut", ListExport.MAX_ROWS));
        sheets.add(sheet);
        rows.accept(sheet);
        return Downloads.streamed(fileName, Downloads.XLSX, sheet::writeTo);
    }

    /** Writes a list already in memory (a dossier's nominees or history, a ranking): bounded by what it belongs to. */
    static Consumer<ListSheet> allOf(List<? extends List<?>> rows) {
        return sheet -> {
            for (List<?> row : rows) {
                if (!sheet.add(row)) {
                    return;
                }
            }
        };
    }

    @PreDestroy
    void removeTemporaryFiles() {
        sheets.forEach(ListSheet::close);
    }
}
