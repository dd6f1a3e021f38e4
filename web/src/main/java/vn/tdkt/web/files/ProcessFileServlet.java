package vn.tdkt.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.design.ProcessDesigns;

/**
 * {@code /app/admin/process-file?id=<definition id>}: a deployed version's {@code .bpmn} file as it was deployed,
 * for administrators (the URL is under {@code /app/admin/}; the service checks the role again). Unknown ids are 404.
 */
@WebServlet("/app/admin/process-file")
public class ProcessFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ProcessDesigns designs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || id.isBlank() || id.length() > 64) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] xml;
        try {
            xml = designs.xml(currentUser.actor(), id);
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String fileName = id.replaceAll("[^A-Za-z0-9_-]+", "_") + ".bpmn";
        Downloads.send(response, fileName, "application/xml", xml, false);
    }
}
