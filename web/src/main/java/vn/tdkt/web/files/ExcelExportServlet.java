package vn.tdkt.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.LocaleSelector;
import vn.tdkt.web.security.CurrentUser;

/**
 * An endpoint that answers {@code GET <mapping>/<name>.xlsx} with a list in Excel, headed in the user's language.
 * A list the user may not see, or a name it does not know, answers 404 like a missing file.
 */
abstract class ExcelExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        ResourceBundle text = ResourceBundle.getBundle("vn.tdkt.web.i18n.messages", localeSelector.getLocale());
        try {
            if (!export(name, request, response, currentUser.actor(), text)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Sends the named list; answers false when there is no list of that name. */
    abstract boolean export(String name, HttpServletRequest request, HttpServletResponse response, Actor actor,
            ResourceBundle text) throws IOException;
}
