package vn.tdkt.web.outage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tdkt.web.api.ProblemType;
import vn.tdkt.web.api.Problems;
import vn.tdkt.workflow.outage.DatabaseOutage;

/**
 * While the database cannot be reached, a request that needed it is answered 503 with {@code Retry-After} — a
 * short page in the user's language saying to try again in a moment (a problem document on the REST API) — rather
 * than the generic error page or a stack trace. The page is written here, without Faces, because rendering any
 * page of the application may itself need the database. Nothing was saved by such a request: the transaction
 * that failed was rolled back. When the database is back the connection pool replaces the broken connections (the
 * datasource's exception sorter and background validation), and requests succeed again without a restart.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unreachable while serving " + request.getRequestURI()
                    + "; answered 503: " + e);
            answer(request, response);
        }
    }

    /** The 503 answer for a page or a REST call; also used where a request fails before this filter runs. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        Locale language = Problems.language(request);
        String path = request.getServletPath();
        if (path.equals("/api") || path.startsWith("/api/")) {
            Problems.write(response, Problems.problem(ProblemType.SERVICE_UNAVAILABLE, language,
                    request.getRequestURI(), null, "outage.text"));
            return;
        }
        String title = Problems.text(language, "outage.title");
        String text = Problems.text(language, "outage.text");
        byte[] page = ("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + title + "</title></head><body><div id=\"outage-page\"><h1>" + title + "</h1><p>" + text
                + "</p></div></body></html>").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
        response.flushBuffer();
    }
}
