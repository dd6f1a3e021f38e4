package vn.tdkt.web.diagram;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.diagram.InstanceDiagram;
import vn.tdkt.workflow.diagram.ProcessDiagram;

/**
 * {@code /app/diagram/<proposalId>.svg}: the proposal's process diagram with its current step, for whoever may
 * see the dossier. Another unit's proposal, a draft without a process and a malformed id all answer 404. The
 * document is served so that it can only ever be an image: no sniffing, and a content security policy that
 * allows nothing but its own inline styles (no script, even if the SVG were opened on its own).
 */
@WebServlet("/app/diagram/*")
public class ProcessDiagramServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.svg");

    @Inject
    CurrentUser currentUser;

    @Inject
    ProcessDiagram diagrams;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<InstanceDiagram.Drawing> drawing;
        try {
            drawing = diagrams.of(currentUser.actor(), Long.parseLong(path.group(1)));
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (drawing.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] svg = drawing.get().svg().getBytes(StandardCharsets.UTF_8);
        response.setContentType("image/svg+xml; charset=utf-8");
        response.setContentLength(svg.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        // The current step changes with every decision: never show a stale one from a cache.
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(svg);
    }
}
