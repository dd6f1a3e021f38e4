package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every page tells the browser, read from outside: a Content-Security-Policy whose scripts are the
 * application's own or carry a nonce that is new on every response, and HTTP Strict Transport Security whenever
 * the page came over HTTPS. The browser journeys prove the pages work under the policy (each fails on any refusal)
 * and that an injected script does not run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final int HTTP_PORT = Integer.getInteger("tdkt.test.http.port", 8180);
    /** The server's HTTPS listener (WildFly's self-signed certificate), at the same port offset as HTTP. */
    private static final int HTTPS_PORT = 8443 + HTTP_PORT - 8080;
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{16,})'");

    @Test
    void aPageAllowsOnlyItsOwnScriptsAndThoseCarryingANonceNewOnEveryResponse() throws Exception {
        HttpURLConnection first = open("http://127.0.0.1:" + HTTP_PORT + "/tdkt/login.xhtml");
        String policy = first.getHeaderField("Content-Security-Policy");
        String page = body(first);
        String secondPolicy = open("http://127.0.0.1:" + HTTP_PORT + "/tdkt/login.xhtml")
                .getHeaderField("Content-Security-Policy");

        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'self'", "form-action 'self'");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(secondPolicy).doesNotContain(nonce.group(1));
        // Every script element of the page is one the policy lets run: it carries this response's nonce.
        assertThat(page).contains("<script");
        assertThat(Pattern.compile("<script(?![^>]*nonce=\"" + Pattern.quote(nonce.group(1)) + "\")").matcher(page)
                .find()).as("a script element without the nonce").isFalse();
    }

    @Test
    void browsersAreToldToKeepToHttpsOnlyWhenThePageCameOverHttps() throws Exception {
        HttpsURLConnection secure = (HttpsURLConnection) open("https://127.0.0.1:" + HTTPS_PORT + "/tdkt/login.xhtml");
        HttpURLConnection plain = open("http://127.0.0.1:" + HTTP_PORT + "/tdkt/login.xhtml");

        assertThat(secure.getResponseCode()).isEqualTo(200);
        assertThat(secure.getHeaderField("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(plain.getResponseCode()).isEqualTo(200);
        assertThat(plain.getHeaderField("Strict-Transport-Security")).isNull();
    }

    private static HttpURLConnection open(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        if (connection instanceof HttpsURLConnection https) {
            // The test server's certificate is WildFly's self-signed one: trusted here, for this connection only.
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustingEveryCertificate()}, null);
            https.setSSLSocketFactory(context.getSocketFactory());
            https.setHostnameVerifier((host, session) -> true);
        }
        connection.setInstanceFollowRedirects(false);
        return connection;
    }

    private static String body(HttpURLConnection connection) throws Exception {
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A trust manager for the test server's self-signed certificate only; never in the application. */
    private static final class TrustingEveryCertificate implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
