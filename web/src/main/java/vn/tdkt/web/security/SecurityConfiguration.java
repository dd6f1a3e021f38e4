package vn.tdkt.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tdkt.domain.organisation.Role;

/**
 * The roles the application knows. How callers sign in is {@link ApplicationAuthentication}: HTTP Basic for the
 * REST API, our own Faces login page for everything else.
 */
@DeclareRoles({Role.CLERK_NAME, Role.UNIT_LEADER_NAME, Role.ADMIN_NAME, Role.COUNCIL_SECRETARY_NAME,
    Role.APPRAISER_NAME, Role.APPROVER_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
