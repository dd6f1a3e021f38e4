package vn.tdkt.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.bloc.BlocEvidence;
import vn.tdkt.workflow.bloc.BlocReviews;
import vn.tdkt.workflow.proposal.DossierAttachments.StoredFile;

/**
 * A bloc review's files, for the members of the bloc that year and the board: {@code /app/bloc-files/evidence/<id>}
 * is a member's evidence (PDF and images open in the browser, their type checked on upload; the rest downloads),
 * {@code /app/bloc-files/summary/<review id>} the review's report for the conference (.docx). Anyone else, like an
 * unknown id, is answered 404, as for a dossier's files.
 */
@WebServlet("/app/bloc-files/*")
public class BlocFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient BlocEvidence evidence;

    @Inject
    transient BlocReviews reviews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = (request.getPathInfo() == null ? "" : request.getPathInfo()).split("/");
        try {
            if (path.length != 3) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            long id = Long.parseLong(path[2]);
            switch (path[1]) {
                case "evidence" -> Downloads.sendUploaded(response, evidence.download(currentUser.actor(), id));
                case "summary" -> {
                    StoredFile file = reviews.summary(currentUser.actor(), id);
                    Downloads.send(response, file.fileName(), file.contentType(), file.content(), false);
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
