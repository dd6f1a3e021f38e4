package vn.tdkt.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.proposal.DossierAttachments;

/**
 * {@code /app/files/<id>}: a dossier's file for whoever may see the dossier. PDF and images open in the browser
 * (their type was checked on upload); everything else downloads. Another unit's file answers 404 like a missing one.
 */
@WebServlet("/app/files/*")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient DossierAttachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DossierAttachments.StoredFile file;
        try {
            file = attachments.download(currentUser.actor(), id);
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.sendUploaded(response, file);
    }
}
