package vn.tdkt.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An error answer in the RFC 9457 shape (problem details): what kind of problem, a short title, the HTTP status,
 * what happened in the caller's language, the request it concerns and, for an input error, the input field.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "field"})
public record Problem(String type, String title, int status, String detail, String instance, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** With the charset, so that Vietnamese details reach every client intact. */
    public static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=UTF-8";
}
