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
        // Anyone who works on dossiers (a council secretary or the board too) has an inbox; an administrator only
        // keeps accounts.
        if (currentUser.isWorksOnProposals()) {
            return "/app/inbox.xhtml?faces-redirect=true";
        }
        return "/app/admin/users.xhtml?faces-redirect=true";
    }
}
