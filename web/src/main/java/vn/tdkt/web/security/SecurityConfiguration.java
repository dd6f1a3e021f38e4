package vn.tdkt.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import vn.tdkt.domain.organisation.Role;

/**
 * Form sign-in with our own Faces login page: an unauthenticated request to a protected page is redirected to
 * {@code /login.xhtml} and continues to the page it asked for once the user has signed in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Role.CLERK_NAME, Role.UNIT_LEADER_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
