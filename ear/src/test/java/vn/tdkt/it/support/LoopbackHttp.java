package vn.tdkt.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP to the test server from a loopback address of the test's choosing (Linux routes all of 127.0.0.0/8 to
 * the loopback interface), so that a test of the per-address sign-in throttle counts its failures against an address
 * of its own, never against 127.0.0.1 from which the rest of the suite signs in. Works in the test JVM and inside the
 * server alike. One HTTP/1.0 request per connection: the answer is never chunked and ends when the server closes.
 */
public final class LoopbackHttp {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's Content-Security-Policy nonce, which PrimeFaces' script sends back with every postback. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final InetAddress from;

    private LoopbackHttp(InetAddress from) {
        this.from = from;
    }

    /** A client on a loopback address no other test uses: 127.x.y.z, chosen at random. */
    public static LoopbackHttp fromNewAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return from("127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255));
    }

    public static LoopbackHttp from(String address) {
        try {
            return new LoopbackHttp(InetAddress.getByName(address));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address requests come from, as the server sees it. */
    public String address() {
        return from.getHostAddress();
    }

    /**
     * The test server's HTTP port: given to the test JVM by the build; inside the server, the default port moved by
     * the server's port offset.
     */
    public static int port() {
        String given = System.getProperty("tdkt.test.http.port");
        return given != null ? Integer.parseInt(given)
                : 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A GET of an application path ({@code /api/v1/tasks}) with these headers. */
    public Answer get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    /** A REST call with HTTP Basic credentials. */
    public Answer api(String path, String username, String password) {
        return get(path, "Authorization", basic(username, password), "Accept-Language", "vi");
    }

    /** A REST call with an API token. */
    public Answer apiWithToken(String path, String token) {
        return get(path, "Authorization", "Bearer " + token);
    }

    /** Signs in on the login page as a browser would (Vietnamese page); the answer to the form's post. */
    public Answer signInOnPage(String username, String password) {
        Answer page = get("/login.xhtml");
        return postForm("/login.xhtml", page, page.cookies(), "login-form", "login-form:username", username,
                "login-form:password", password, "login-form:login", "");
    }

    /** The session cookie of a user signed in on the login page. */
    public String signedInSession(String username, String password) {
        Answer page = get("/login.xhtml");
        Answer signedIn = postForm("/login.xhtml", page, page.cookies(), "login-form", "login-form:username",
                username, "login-form:password", password, "login-form:login", "");
        if (signedIn.status() != 302) {
            throw new IllegalStateException("Not signed in: " + signedIn);
        }
        // Signing in gives the session a new id.
        return signedIn.cookies().isEmpty() ? page.cookies() : signedIn.cookies();
    }

    /**
     * Posts a form of a page that {@code page} answered, as PrimeFaces' script would: with the page's view state and
     * Content-Security-Policy nonce, the form's id, and the fields given as name, value pairs.
     */
    public Answer postForm(String path, Answer page, String cookies, String formId, String... fields) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        if (!viewState.find() || !nonce.find()) {
            throw new IllegalStateException("No view state or script nonce on the page: " + page);
        }
        StringBuilder form = new StringBuilder("primefaces.nonce=").append(encode(nonce.group(1))).append('&')
                .append(encode(formId)).append('=').append(encode(formId));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        form.append("&jakarta.faces.ViewState=").append(encode(viewState.group(1)));
        return send("POST", path, "application/x-www-form-urlencoded",
                form.toString().getBytes(StandardCharsets.UTF_8), "Cookie", cookies);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Answer send(String method, String path, String contentType, byte[] body, String... headers) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 10_000);
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder(method).append(" /tdkt").append(path).append(" HTTP/1.0\r\n")
                    .append("Host: 127.0.0.1:").append(port()).append("\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                if (!headers[i + 1].isEmpty()) {
                    request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
                }
            }
            if (body != null) {
                request.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ")
                        .append(body.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return Answer.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    /** An HTTP answer: status, headers (names in lower case, each with its values in order), body as UTF-8 text. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        static Answer parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
            }
            return new Answer(status, headers, end < 0 ? "" : text.substring(end + 4));
        }

        public Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        public List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        /** The cookies the answer sets, as a {@code Cookie} header would send them back. */
        public String cookies() {
            return all("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
                    .collect(Collectors.joining("; "));
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + (body.length() > 2_000 ? body.substring(0, 2_000) : body);
        }
    }
}
