package vn.tdkt.web.files;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.web.i18n.LocaleSelector;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.spreadsheet.ListExport;

/**
 * What the Excel export resources share: the signed-in user and the headings in the user's language. A list the
 * user may not see answers 404 like a missing file (the services throw; {@link ErrorPages} answers).
 */
abstract class ExcelExports {

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    Actor actor() {
        return currentUser.actor();
    }

    Locale locale() {
        return localeSelector.getLocale();
    }

    ResourceBundle text() {
        return ResourceBundle.getBundle("vn.tdkt.web.i18n.messages", locale());
    }

    /** One sheet with a header row, saved under the given name. */
    static Response sheet(String fileName, String sheetName, List<String> headers, List<List<Object>> rows) {
        return Downloads.attachment(fileName, Downloads.XLSX, new ListExport().write(sheetName, headers, rows));
    }
}
