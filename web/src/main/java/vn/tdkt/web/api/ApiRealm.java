package vn.tdkt.web.api;

/**
 * How the API asks for credentials: a personal API token (RFC 6750 Bearer), or HTTP Basic (RFC 7617) in an
 * ASCII-only realm, passwords read as UTF-8.
 */
public final class ApiRealm {

    public static final String CHALLENGE = "Basic realm=\"TDKT\", charset=\"UTF-8\"";
    public static final String BEARER_CHALLENGE = "Bearer realm=\"TDKT\"";

    private ApiRealm() {
    }
}
