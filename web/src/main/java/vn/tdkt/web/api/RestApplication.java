package vn.tdkt.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API's root: every resource and mapper of this package, served at {@code /tdkt/api/v1}. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    /** The media type of every successful answer; the charset is named so that no client guesses another. */
    public static final String JSON = "application/json; charset=UTF-8";
}
