package vn.tdkt.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client holding a demo account's session, signed in through the sign-in page as a person is (password
 * "demo"); redirects are not followed, so a test sees where the application sends it.
 */
public final class SignedInClient {

    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private SignedInClient() {
    }

    /** A client without a session, as for someone not signed in. */
    public static HttpClient anonymous() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client signed in as the account; {@code base} is the application's address ({@code …/tdkt}). */
    public static HttpClient as(String base, String account) throws IOException, InterruptedException {
        HttpClient client = anonymous();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("The sign-in page has no view state");
        }
        String form = "login-form=login-form&login-form%3Ausername="
                + URLEncoder.encode(account, StandardCharsets.UTF_8)
                + "&login-form%3Apassword=demo&login-form%3Alogin=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("Sign-in of " + account + " answered " + signedIn.statusCode());
        }
        return client;
    }
}
