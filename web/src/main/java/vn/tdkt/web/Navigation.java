package vn.tdkt.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Redirects after a successful action (post-redirect-get), so that a reload never repeats it and flash
 * messages survive to the next page.
 */
@RequestScoped
public class Navigation {

    @Inject
    ExternalContext external;

    /** Redirects to a path of the application, e.g. {@code /app/inbox.xhtml}. */
    public void redirect(String path) {
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
