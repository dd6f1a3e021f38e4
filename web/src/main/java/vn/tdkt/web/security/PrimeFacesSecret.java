package vn.tdkt.web.security;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Gives PrimeFaces a secret of our own for the values it encrypts into URLs, instead of its public default:
 * {@code TDKT_PRIMEFACES_SECRET} (the same on every node of a cluster) or, when unset, a random one per start.
 */
public class PrimeFacesSecret implements ServletContainerInitializer {

    static final String PARAMETER = "primefaces.SECRET";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        String configured = System.getenv("TDKT_PRIMEFACES_SECRET");
        String secret = configured != null && !configured.isBlank() ? configured : randomSecret();
        context.setInitParameter(PARAMETER, secret);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
