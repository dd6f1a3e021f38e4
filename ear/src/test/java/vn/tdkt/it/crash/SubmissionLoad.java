package vn.tdkt.it.crash;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.tdkt.it.support.TestDossiers;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.outage.DatabaseOutage;

/**
 * Test double at the edge, deployed only to the crash test's own server ({@link CrashServer}): the clerk's
 * submission as one HTTP call, through the same use cases the dossier page calls (draft, its two files, submit), so
 * that a load of submissions can run from the test JVM. The REST API has no submission yet; the decisions of the
 * load go through the real API. The answer is the proposal's id, written only after the submission committed: that
 * answer is the acknowledgement the test holds the server to after a crash; while the database is out of reach it
 * answers 503, as the page does.
 */
@WebServlet(urlPatterns = {SubmissionLoad.SUBMIT, SubmissionLoad.READY})
public class SubmissionLoad extends HttpServlet {

    static final String SUBMIT = "/submit";

    static final String READY = "/ready";

    private static final long serialVersionUID = 1L;

    @Inject
    transient TestDossiers dossiers;

    @Inject
    transient UserDirectory users;

    /** Ready once the application's users are there (the demo data is loaded before any request is served). */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(users.actorFor("clerk").isPresent() ? 200 : 503);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String nominee = request.getParameter("nominee");
        if (!SUBMIT.equals(request.getServletPath()) || nominee == null || nominee.isBlank()) {
            response.sendError(400);
            return;
        }
        long id;
        try {
            id = dossiers.submitted(nominee);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // As the dossier page answers while PostgreSQL is down: try again, nothing acknowledged.
            response.sendError(503);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(id);
    }
}
