package vn.tdkt.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.web.api.ApiCaller;
import vn.tdkt.web.api.ApiRealm;
import vn.tdkt.web.api.Problem;
import vn.tdkt.web.api.ProblemType;
import vn.tdkt.web.api.Problems;
import vn.tdkt.web.outage.DatabaseOutageFilter;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.outage.DatabaseOutage;
import vn.tdkt.workflow.signin.ApiTokens;
import vn.tdkt.workflow.signin.SignIn;
import vn.tdkt.workflow.signin.SignInResult;

/**
 * How every request is authenticated (xác thực), the application's one authentication mechanism. Requests to the
 * REST API ({@code /api/…}) carry a personal API token ({@code Authorization: Bearer …}: one lookup, no password
 * hash) or HTTP Basic credentials (checked by {@link SignIn}: throttled like the login page; a name and password
 * verified a few minutes ago costs no hash again). They never use or create a session, so a signed-in browser cannot
 * be made to call the API for its user (no CSRF). A missing or wrong credential answers 401, a throttled one 429 with
 * {@code Retry-After}, a sign-in that found every password hash busy 503 — each with a problem body, never the
 * login page. While the database cannot be reached, a credential cannot be checked at all: that is the 503 "try
 * again" problem every other request gets then ({@link DatabaseOutageFilter}), not a 401 that would tell a script
 * its password is wrong. Every other request signs in through {@link FormSignIn}.
 */
@ApplicationScoped
public class ApplicationAuthentication implements HttpAuthenticationMechanism {

    private static final String API_PATH = "/api";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    /** How long a client is asked to wait when every password hash was busy. */
    private static final String BUSY_RETRY_SECONDS = "2";
    private static final Logger LOG = Logger.getLogger(ApplicationAuthentication.class.getName());

    @Inject
    FormSignIn form;

    @Inject
    SignIn signIn;

    @Inject
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            // A form sign-in that cannot reach the database fails inside the login page's action, where the page
            // error handling answers with the "try again" page.
            return form.validateRequest(request, response, context);
        }
        try {
            return validateApiRequest(request, response, context);
        } catch (RuntimeException e) {
            // The mechanism runs before any filter of the application, so the outage filter never sees this.
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unreachable while signing in to " + request.getRequestURI()
                    + "; answered 503: " + e);
            try {
                DatabaseOutageFilter.answer(request, response);
            } catch (IOException written) {
                throw new UncheckedIOException(written);
            }
            return answered(request, response);
        }
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            return tokens.authenticate(bearer.get()).map(actor -> signedIn(request, context, actor))
                    .orElseGet(() -> problem(request, response, ProblemType.UNAUTHORIZED, "api.error.token"));
        }
        Optional<BasicCredential> credential = basicCredential(request);
        if (credential.isEmpty()) {
            return problem(request, response, ProblemType.UNAUTHORIZED, "api.error.unauthorized");
        }
        SignInResult result = signIn.basic(credential.get().username(), credential.get().password(),
                ClientAddress.of(request));
        return switch (result.outcome()) {
            case SIGNED_IN -> signedIn(request, context, result.actor());
            case REFUSED -> {
                RefusalText text = new RefusalText(result.refusal(), BusinessClock.now());
                response.setHeader("Retry-After", String.valueOf(text.retryAfterSeconds()));
                yield problem(request, response, ProblemType.TOO_MANY_REQUESTS, text.key(), text.arguments());
            }
            case BUSY -> {
                response.setHeader("Retry-After", BUSY_RETRY_SECONDS);
                yield problem(request, response, ProblemType.SERVICE_UNAVAILABLE, "login.busy");
            }
            case WRONG -> problem(request, response, ProblemType.UNAUTHORIZED, "api.error.unauthorized");
        };
    }

    /**
     * No registerSession: the next request must present its credentials again. The actor just read from the account
     * goes with the request, so that the call does not read it again ({@link ApiCaller}).
     */
    private static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, Actor actor) {
        request.setAttribute(ApiCaller.ACTOR, actor);
        return context.notifyContainerAboutLogin(actor.username(),
                actor.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /**
     * Whether the request is for the REST API, judged by the servlet path the container resolved (decoded and
     * normalised), so that an encoded or dotted URL cannot pass for a page or the other way round.
     */
    static boolean isApi(HttpServletRequest request) {
        return isApiPath(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    }

    /** Whether a decoded, normalised path within the application is the REST API's. */
    static boolean isApiPath(String path) {
        return path.equals(API_PATH) || path.startsWith(API_PATH + "/");
    }

    /** A user name and password from an {@code Authorization: Basic} header. */
    record BasicCredential(String username, char[] password) {
    }

    /** The token of an {@code Authorization: Bearer} header (RFC 6750), if there is one. */
    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }

    /** The username and password of an {@code Authorization: Basic} header (RFC 7617, UTF-8), if well-formed. */
    static Optional<BasicCredential> basicCredential(HttpServletRequest request) {
        return basicCredential(request.getHeader("Authorization"));
    }

    /** The username and password of an {@code Authorization} header's value, if it is well-formed Basic. */
    static Optional<BasicCredential> basicCredential(String header) {
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
        return Optional.of(new BasicCredential(decoded.substring(0, colon).strip(),
                decoded.substring(colon + 1).toCharArray()));
    }

    private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response,
            ProblemType type, String detailKey, Object... arguments) {
        if (type == ProblemType.UNAUTHORIZED) {
            // Both ways to sign in; a token that was given and refused is named as such (RFC 6750).
            response.addHeader("WWW-Authenticate", ApiRealm.CHALLENGE);
            response.addHeader("WWW-Authenticate", "api.error.token".equals(detailKey)
                    ? ApiRealm.BEARER_CHALLENGE + ", error=\"invalid_token\"" : ApiRealm.BEARER_CHALLENGE);
        }
        Problem problem = Problems.problem(type, Problems.language(request), request.getRequestURI(), null, detailKey,
                arguments);
        try {
            Problems.write(response, problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answered(request, response);
    }

    /**
     * Ends the exchange once the mechanism has written its whole answer: the response is closed and the rest of the
     * request read. The container sends its own error for a refused request whose exchange is still unfinished — over
     * HTTP/2 a request stream stays open until it is read — and, the answer being committed already, only logs
     * "UT010019: Response already commited" at ERROR instead, for every refused call. SEND_CONTINUE, as for any
     * challenge the mechanism has written itself: with SEND_FAILURE the container would replace the body by its own
     * error page.
     */
    private static AuthenticationStatus answered(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.getOutputStream().close();
            request.getInputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
