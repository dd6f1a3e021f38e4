package vn.tdkt.web.files;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The JAX-RS root of one download URL ({@code /app/files}, {@code /app/exports}, …): the one resource that serves it
 * and the pages' error answers, nothing else. Each resource declares its own subclass with the URL it has always
 * had, because those URLs share no prefix but {@code /app/}, where the pages live too: a JAX-RS servlet at
 * {@code /app/*} would take every page, and one servlet mapped to several patterns resolves paths against the
 * first pattern only.
 * <p>
 * The classes are listed rather than scanned so that the REST API's problem-JSON mappers stay out: these URLs
 * belong to the pages. They are protected by the pages' security constraints in {@code web.xml}, signed in with the
 * page session (not the API's HTTP Basic, which only {@code /api/} uses), and refuse with the pages' error pages.
 */
public abstract class DownloadApplication extends Application {

    private final Class<?> resource;

    protected DownloadApplication(Class<?> resource) {
        this.resource = resource;
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(resource, ErrorPages.NotFound.class, ErrorPages.Refused.class);
    }
}
