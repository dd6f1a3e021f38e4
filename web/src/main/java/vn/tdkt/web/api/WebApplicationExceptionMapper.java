package vn.tdkt.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The REST runtime's own refusals (unknown path 404, wrong method 405, unacceptable answer type 406, wrong
 * content type 415, unreadable body 400) as problem answers instead of its default pages.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type = ProblemType.ofStatus(status);
        Problem problem = Problems.problem(type, Problems.language(headers.getAcceptableLanguages()),
                request.getRequestURI(), null, detailKey(type));
        if (status != type.status()) {
            // A status we have no kind for keeps its number; the text is the nearest kind's.
            problem = new Problem("about:blank", problem.title(), status, problem.detail(), problem.instance(), null);
        }
        Response.ResponseBuilder answer = Problems.response(problem);
        // The headers that tell the caller what to do instead: the methods allowed, how to sign in.
        for (String header : new String[] {"Allow", "WWW-Authenticate"}) {
            if (e.getResponse() != null && e.getResponse().getHeaderString(header) != null) {
                answer.header(header, e.getResponse().getHeaderString(header));
            }
        }
        return answer.build();
    }

    private static String detailKey(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "api.error.notFound";
            case METHOD_NOT_ALLOWED -> "api.error.methodNotAllowed";
            case NOT_ACCEPTABLE -> "api.error.notAcceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "api.error.unsupportedMediaType";
            case UNAUTHORIZED -> "api.error.unauthorized";
            case FORBIDDEN -> "error.forbidden";
            case SERVER_ERROR -> "error.unexpected";
            case TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE -> "login.busy";
            default -> "api.error.malformed";
        };
    }
}
