package vn.tdkt.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.tdkt.web.i18n.LocaleSelector;
import vn.tdkt.web.i18n.Messages;

/**
 * Builds problem answers with their texts from the web message bundles: Vietnamese unless the request prefers
 * English. Used by the exception mappers and by the sign-in mechanism, which answers before JAX-RS runs.
 */
public final class Problems {

    private Problems() {
    }

    /**
     * The language of the answer: the first of the caller's preferred languages (highest quality first) that we
     * speak; Vietnamese when none is given or none matches.
     */
    public static Locale language(List<Locale> preferred) {
        for (Locale locale : preferred) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(locale.getLanguage())) {
                return LocaleSelector.VIETNAMESE;
            }
        }
        return LocaleSelector.VIETNAMESE;
    }

    /** The language of a servlet request (its parsed Accept-Language). */
    public static Locale language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? LocaleSelector.VIETNAMESE
                : language(Collections.list(request.getLocales()));
    }

    public static String text(Locale language, String key, Object... arguments) {
        return Messages.format(ResourceBundle.getBundle(Messages.BUNDLE, language), key, arguments);
    }

    public static Problem problem(ProblemType type, Locale language, String instance, String field, String detailKey,
            Object... arguments) {
        return new Problem(type.uri(), text(language, type.titleKey()), type.status(),
                text(language, detailKey, arguments), instance, field);
    }

    public static String json(Problem problem) {
        return Json.INSTANCE.toJson(problem);
    }

    /** A JAX-RS answer carrying the problem; the body is written as text so that no JSON provider can alter it. */
    public static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(Problem.CONTENT_TYPE).entity(json(problem))
                .header("Cache-Control", "no-store");
    }

    /** Writes a problem straight to a servlet response (for answers given before JAX-RS runs). */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        byte[] body = json(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.setContentType(Problem.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        // Committed now, so that nothing later in the container's handling can swap it for an error page.
        response.flushBuffer();
    }

    /** Built on first use (JSON-B instances are thread-safe and costly to build), not when texts are looked up. */
    private static final class Json {

        static final Jsonb INSTANCE = JsonbBuilder.create();
    }
}
