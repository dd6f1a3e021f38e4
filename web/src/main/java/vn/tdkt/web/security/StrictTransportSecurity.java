package vn.tdkt.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tdkt.workflow.config.Settings;

/**
 * HTTP Strict Transport Security (RFC 6797) on every response that reached the user over HTTPS, or on all when the
 * application is reached over HTTPS only ({@link Settings#httpsOnly()}, e.g. behind a TLS proxy): the browser then
 * refuses plain HTTP to this site for a year, so a network attacker cannot downgrade a user to it. Browsers ignore
 * the header on plain HTTP, so it is never sent there by itself.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StrictTransportSecurity extends HttpFilter {

    static final String HEADER = "Strict-Transport-Security";
    static final String VALUE = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure() || Settings.httpsOnly()) {
            response.setHeader(HEADER, VALUE);
        }
        chain.doFilter(request, response);
    }
}
