package vn.tdkt.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdkt.web.security.CurrentUser;

/** Backing bean of {@code app/home.xhtml}: sends each user to where their work is. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentUser currentUser;

    public String route() {
        if (currentUser.isClerk() || currentUser.isLeader()) {
            return "/app/inbox.xhtml?faces-redirect=true";
        }
        return "/app/admin/users.xhtml?faces-redirect=true";
    }
}
