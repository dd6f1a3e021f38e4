package vn.tdkt.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tdkt.workflow.outage.DatabaseOutage;

/**
 * A database out of reach: a 503 problem with {@code Retry-After}, as every other request gets then. Anything else:
 * a 500 problem with the generic text, never a stack trace; the failure goes to the server log with the request it
 * broke. A body that could not be read as JSON is the caller's error (400), whichever layer
 * noticed it.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        if (unreadableBody(e)) {
            return Problems.response(Problems.problem(ProblemType.INVALID_INPUT,
                    Problems.language(headers.getAcceptableLanguages()), request.getRequestURI(), null,
                    "api.error.malformed")).build();
        }
        if (DatabaseOutage.isCause(e)) {
            // Nothing was done (the transaction could not commit): the client may simply try again, as a page asks.
            LOG.log(Level.WARNING, "Database unreachable while serving " + request.getMethod() + " "
                    + request.getRequestURI() + "; answered 503: " + e);
            return Problems.response(Problems.problem(ProblemType.SERVICE_UNAVAILABLE,
                    Problems.language(headers.getAcceptableLanguages()), request.getRequestURI(), null,
                    "outage.text")).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "REST API failure on " + request.getMethod() + " "
                + request.getRequestURI(), e);
        return Problems.response(Problems.problem(ProblemType.SERVER_ERROR,
                Problems.language(headers.getAcceptableLanguages()), request.getRequestURI(), null,
                "error.unexpected")).build();
    }

    private static boolean unreadableBody(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException
                    || cause instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }
}
