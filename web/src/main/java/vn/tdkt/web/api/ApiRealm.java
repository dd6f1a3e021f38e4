package vn.tdkt.web.api;

/** How the API asks for credentials: HTTP Basic (RFC 7617) in an ASCII-only realm, passwords read as UTF-8. */
public final class ApiRealm {

    public static final String CHALLENGE = "Basic realm=\"TDKT\", charset=\"UTF-8\"";

    private ApiRealm() {
    }
}
