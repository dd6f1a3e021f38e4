package vn.tdkt.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * The caller of an API request as an {@link Actor}, read from the stored account like the pages do, so that the
 * same authorisation applies. (Not {@code CurrentUser}: that one belongs to Faces requests.) The authentication of
 * this very request read the account already and left the actor in the request ({@link #ACTOR}), so the call costs
 * no second lookup; the account is read again only when it did not.
 */
@RequestScoped
public class ApiCaller {

    /** The request attribute with the actor the authentication of this request read from the stored account. */
    public static final String ACTOR = ApiCaller.class.getName() + ".actor";

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    UserDirectory users;

    private Actor actor;

    /** The acting user; 401 when the account has been disabled or removed since it signed in. */
    public Actor actor() {
        if (actor == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal != null && request.getAttribute(ACTOR) instanceof Actor authenticated
                    && authenticated.username().equals(principal.getName())) {
                actor = authenticated;
            } else {
                actor = principal == null ? null : users.actorFor(principal.getName()).orElse(null);
            }
            if (actor == null) {
                throw new NotAuthorizedException(ApiRealm.CHALLENGE);
            }
        }
        return actor;
    }
}
