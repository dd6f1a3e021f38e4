package vn.tdkt.web.files;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.tdkt.domain.shared.DomainException;

/**
 * How a download refuses: through the container's error pages, like any page, so that a stale or foreign link
 * shows the Vietnamese "not found" page rather than an empty answer. Not {@code @Provider}s: scanning would hand
 * them to the REST API as well, which answers with problem JSON; {@link DownloadApplication} lists them.
 */
final class ErrorPages {

    private ErrorPages() {
    }

    /**
     * A file or list the user may not see answers exactly like a missing one (404), so that an id reveals nothing;
     * the services say both with a {@link DomainException}.
     */
    public static class NotFound implements ExceptionMapper<DomainException> {

        @Context
        HttpServletResponse response;

        @Override
        public Response toResponse(DomainException e) {
            return send(response, HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The runtime's own refusals: an unknown name or a malformed id (404), another method than GET (405). */
    public static class Refused implements ExceptionMapper<WebApplicationException> {

        @Context
        HttpServletResponse response;

        @Override
        public Response toResponse(WebApplicationException e) {
            return send(response, e.getResponse() == null ? 500 : e.getResponse().getStatus());
        }
    }

    private static Response send(HttpServletResponse response, int status) {
        try {
            // sendError, not a status alone: only sendError makes the container show its error page, once the
            // request returns; the response below is then ignored, as the answer counts as committed.
            response.sendError(status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.status(status).build();
    }
}
