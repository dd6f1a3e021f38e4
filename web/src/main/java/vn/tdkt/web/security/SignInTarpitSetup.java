package vn.tdkt.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import vn.tdkt.workflow.signin.SignIn;

/**
 * Hands {@link SignInTarpit} the sign-in's memory of refusals once the application is up. The tarpit is made by
 * Undertow before CDI can inject anything, and runs on I/O threads where no CDI lookup should be made; the
 * servlet context is what both share.
 */
@WebListener
public class SignInTarpitSetup implements ServletContextListener {

    @Inject
    SignIn signIn;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        TarpitRule.Refusals refusals = signIn::refusedOnSight;
        event.getServletContext().setAttribute(SignInTarpit.REFUSALS, refusals);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        event.getServletContext().removeAttribute(SignInTarpit.REFUSALS);
    }
}
