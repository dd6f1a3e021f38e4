package vn.tdkt.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import vn.tdkt.web.api.ApiRealm;
import vn.tdkt.web.api.ProblemType;
import vn.tdkt.web.api.Problems;

/**
 * How every request is authenticated (xác thực), the application's one authentication mechanism. Requests to the
 * REST API ({@code /api/…}) carry HTTP Basic credentials, checked on each request against the same identity store
 * as the login page (PBKDF2 hashes, disabled accounts refused); they never use or create a session, so a signed-in
 * browser cannot be made to call the API for its user (no CSRF), and a missing or wrong credential answers 401
 * with a problem body instead of the login page. Every other request signs in through {@link FormSignIn}.
 */
@ApplicationScoped
public class ApplicationAuthentication implements HttpAuthenticationMechanism {

    private static final String API_PATH = "/api";
    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    FormSignIn form;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            return form.validateRequest(request, response, context);
        }
        Optional<UsernamePasswordCredential> credential = basicCredential(request);
        if (credential.isPresent()) {
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                // No registerSession: the next request must present its credentials again.
                return context.notifyContainerAboutLogin(result);
            }
        }
        return unauthorized(request, response);
    }

    /**
     * Whether the request is for the REST API, judged by the servlet path the container resolved (decoded and
     * normalised), so that an encoded or dotted URL cannot pass for a page or the other way round.
     */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(API_PATH) || path.startsWith(API_PATH + "/");
    }

    /** The username and password of an {@code Authorization: Basic} header (RFC 7617, UTF-8), if well-formed. */
    static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon).strip(),
                new Password(decoded.substring(colon + 1))));
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", ApiRealm.CHALLENGE);
        try {
            Problems.write(response, Problems.problem(ProblemType.UNAUTHORIZED, Problems.language(request),
                    request.getRequestURI(), null, "api.error.unauthorized"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // SEND_CONTINUE, as for any challenge the mechanism has written itself: with SEND_FAILURE the container
        // would replace the problem body by its own error page.
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
