package vn.tdkt.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The REST API's root: every resource and mapper of this package, served at {@code /tdkt/api/v1}. They are listed,
 * not scanned: scanning takes every resource of the web module, and the page downloads under {@code /app/} (see
 * {@code vn.tdkt.web.files}) are resources too, which must not be reachable with the API's HTTP Basic sign-in.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    /** The media type of every successful answer; the charset is named so that no client guesses another. */
    public static final String JSON = "application/json; charset=UTF-8";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ProposalsResource.class, TasksResource.class, DecisionsResource.class, OpenApiResource.class,
                ConsistencyResource.class,
                DomainExceptionMapper.class, WebApplicationExceptionMapper.class, UnexpectedExceptionMapper.class);
    }
}
