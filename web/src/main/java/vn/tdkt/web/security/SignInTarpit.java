package vn.tdkt.web.security;

import io.undertow.server.Connectors;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.SameThreadExecutor;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.Settings;

/**
 * Holds back, for a second or so, an API call that the sign-in will refuse anyway because its address has failed too
 * often or its name is locked out ({@link TarpitRule}), and then lets it through to be refused as always: the same
 * 429, from the same code, and not refused at all should an administrator have lifted the lockout meanwhile. The
 * hold costs no thread: the call waits on the connection's I/O thread's timer, before any servlet work begins. A
 * script that hammers the API from a refused address thus gets one answer a second per connection instead of
 * thousands, and the server spends its cores on the users who are signed in.
 *
 * <p>The first handler of the application's requests in Undertow (added by {@link SignInTarpitExtension}), so it
 * runs on the I/O thread and must never block: it reads only the request's headers and this server's memory of
 * refusals, which {@link SignInTarpitSetup} hands over through the servlet context once the application is up.
 * At most {@link #MOST_HELD} calls are held at once; beyond that a call is passed on at once, as before.
 */
final class SignInTarpit implements HttpHandler {

    /** The servlet context attribute holding the sign-in's {@link TarpitRule.Refusals}. */
    static final String REFUSALS = SignInTarpit.class.getName() + ".refusals";
    static final int MOST_HELD = 1_000;

    private final HttpHandler next;
    private final ServletContext context;
    private final AtomicInteger held = new AtomicInteger();

    SignInTarpit(HttpHandler next, ServletContext context) {
        this.next = next;
        this.context = context;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<Duration> hold = holdFor(exchange);
        if (hold.isEmpty()) {
            next.handleRequest(exchange);
            return;
        }
        if (held.incrementAndGet() > MOST_HELD) {
            held.decrementAndGet();
            next.handleRequest(exchange);
            return;
        }
        // Dispatched to the same thread, the exchange stays open when this method returns; the timer then resumes
        // it as the server starts any request, and the servlet layer hands it to a worker thread as usual.
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> exchange.getIoThread().executeAfter(() -> {
            held.decrementAndGet();
            if (exchange.getConnection().isOpen()) {
                Connectors.executeRootHandler(next, exchange);
            } else {
                exchange.endExchange();
            }
        }, hold.get().toMillis(), TimeUnit.MILLISECONDS));
    }

    private Optional<Duration> holdFor(HttpServerExchange exchange) {
        if (!(context.getAttribute(REFUSALS) instanceof TarpitRule.Refusals refusals)) {
            // The application is not up yet.
            return Optional.empty();
        }
        return new TarpitRule(refusals, Settings::signInTarpit, BusinessClock::now).holdFor(
                exchange.getRelativePath(), exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION),
                () -> clientAddress(exchange));
    }

    /** The client's address as {@link ClientAddress} reads it from the servlet request, here from the exchange. */
    private static String clientAddress(HttpServerExchange exchange) {
        // As Undertow's servlet request answers getRemoteAddr().
        InetSocketAddress source = exchange.getSourceAddress();
        String peer = source == null ? "" : source.getAddress() == null ? source.getHostString()
                : source.getAddress().getHostAddress();
        HeaderValues forwarded = exchange.getRequestHeaders().get("X-Forwarded-For");
        return ClientAddress.of(peer, forwarded == null ? List.of() : List.copyOf(forwarded),
                Settings.trustedProxies());
    }
}
