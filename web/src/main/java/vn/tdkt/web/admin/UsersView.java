package vn.tdkt.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.organisation.UserDirectory;

/** Backing bean of {@code admin/users.xhtml}: the accounts with their unit and roles. */
@Named
@RequestScoped
public class UsersView {

    @Inject
    UserDirectory users;

    @Inject
    CurrentUser currentUser;

    private List<UserAccount> accounts;

    @PostConstruct
    void init() {
        accounts = users.allUsers(currentUser.actor());
    }

    public List<UserAccount> getAccounts() {
        return accounts;
    }
}
