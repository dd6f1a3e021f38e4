package vn.tdkt.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tdkt.workflow.config.Settings;

/**
 * The network address a request came from, as failed sign-ins are counted against it: the peer of the connection,
 * unless that peer is one of our own reverse proxies ({@link Settings#trustedProxies()}), in which case the address
 * the proxy saw, the last one in {@code X-Forwarded-For} that is not itself one of our proxies. Anything before that
 * entry was written by the client and proves nothing; without trusted proxies the header is ignored entirely, or
 * anyone could escape the throttle by writing a new address into it on every attempt.
 */
public final class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        Set<String> proxies = Settings.trustedProxies();
        String peer = request.getRemoteAddr();
        if (proxies.isEmpty() || !proxies.contains(peer)) {
            return peer;
        }
        return of(peer, Collections.list(request.getHeaders("X-Forwarded-For")), proxies);
    }

    /** The client address given the peer, every {@code X-Forwarded-For} header in order, and our proxies. */
    static String of(String peer, List<String> forwardedFor, Set<String> proxies) {
        if (!proxies.contains(peer)) {
            return peer;
        }
        String[] hops = String.join(",", forwardedFor).split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty() || proxies.contains(hop)) {
                continue;
            }
            // What our proxy wrote is an address; anything else means the chain cannot be read, so the proxy it is.
            return ADDRESS.matcher(hop).matches() ? hop : peer;
        }
        return peer;
    }
}
