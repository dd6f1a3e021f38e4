package vn.tdkt.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * The caller of an API request as an {@link Actor}, read from the stored account like the pages do, so that the
 * same authorisation applies. (Not {@code CurrentUser}: that one belongs to Faces requests.)
 */
@RequestScoped
public class ApiCaller {

    @Inject
    SecurityContext security;

    @Inject
    UserDirectory users;

    private Actor actor;

    /** The acting user; 401 when the account has been disabled or removed since it signed in. */
    public Actor actor() {
        if (actor == null) {
            Principal principal = security.getCallerPrincipal();
            actor = principal == null ? null : users.actorFor(principal.getName()).orElse(null);
            if (actor == null) {
                throw new NotAuthorizedException(ApiRealm.CHALLENGE);
            }
        }
        return actor;
    }
}
