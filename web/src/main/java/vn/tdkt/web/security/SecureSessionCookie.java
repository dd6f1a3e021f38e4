package vn.tdkt.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import vn.tdkt.workflow.config.Settings;

/**
 * Marks the session cookie {@code Secure} when the application is reached over HTTPS only
 * ({@link Settings#httpsOnly()}), so the browser never sends the signed-in session over plain HTTP, not even to a
 * link someone planted. Set while the web application starts: the cookie's settings are fixed afterwards.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Settings.httpsOnly()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
