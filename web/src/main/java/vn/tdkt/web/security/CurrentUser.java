package vn.tdkt.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * The signed-in user of this request as an {@link Actor}, read from the stored account on every request, so
 * that a disabled account or a changed role takes effect at once.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserDirectory users;

    @Inject
    ExternalContext external;

    @Inject
    Navigation navigation;

    private Actor actor;

    /** The acting user; "forbidden" when nobody (or a since-disabled account) is signed in. */
    public Actor actor() {
        if (actor == null) {
            Principal principal = security.getCallerPrincipal();
            actor = principal == null ? null : users.actorFor(principal.getName()).orElse(null);
            if (actor == null) {
                throw new DomainException("error.forbidden");
            }
        }
        return actor;
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getFullName() {
        return actor().fullName();
    }

    public String getUnitCode() {
        return actor().unitCode();
    }

    public boolean isClerk() {
        return isSignedIn() && actor().hasRole(Role.CLERK);
    }

    public boolean isLeader() {
        return isSignedIn() && actor().hasRole(Role.UNIT_LEADER);
    }

    /** Any role that works on dossiers (everyone but a pure administrator): inbox, proposals, register. */
    public boolean isWorksOnProposals() {
        return isSignedIn() && actor().roles().stream().anyMatch(role -> role != Role.ADMIN);
    }

    public boolean isAdmin() {
        return isSignedIn() && actor().hasRole(Role.ADMIN);
    }

    /** The client address of this request, as the security log records it ({@link ClientAddress}). */
    public String address() {
        return ClientAddress.of((HttpServletRequest) external.getRequest());
    }

    /** Signs out and returns to the sign-in page. */
    public void logout() throws ServletException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        navigation.redirect("/login.xhtml");
    }
}
