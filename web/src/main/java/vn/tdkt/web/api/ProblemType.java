package vn.tdkt.web.api;

/**
 * The kinds of problem the API answers with, each with its HTTP status, a stable type URI (a URN, so that it
 * names the kind without pointing at any server) and the bundle key of its title.
 */
public enum ProblemType {
    INVALID_INPUT(400, "invalid-input", "api.problem.invalid-input"),
    UNAUTHORIZED(401, "unauthorized", "api.problem.unauthorized"),
    FORBIDDEN(403, "forbidden", "api.problem.forbidden"),
    NOT_FOUND(404, "not-found", "api.problem.not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "api.problem.method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "api.problem.not-acceptable"),
    CONFLICT(409, "conflict", "api.problem.conflict"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "api.problem.unsupported-media-type"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "api.problem.too-many-requests"),
    SERVER_ERROR(500, "server-error", "api.problem.server-error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "api.problem.service-unavailable");

    private final int status;
    private final String slug;
    private final String titleKey;

    ProblemType(int status, String slug, String titleKey) {
        this.status = status;
        this.slug = slug;
        this.titleKey = titleKey;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "urn:tdkt:problem:" + slug;
    }

    /** Bundle key of the short title (spelled out, so that the bundle test finds every one). */
    public String titleKey() {
        return titleKey;
    }

    /** The kind that an HTTP error status of the REST runtime stands for; unknown 4xx are input errors. */
    public static ProblemType ofStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? SERVER_ERROR : INVALID_INPUT;
    }
}
