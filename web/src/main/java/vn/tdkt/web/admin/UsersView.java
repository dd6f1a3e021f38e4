package vn.tdkt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.organisation.UserAdministration;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.signin.Lockout;
import vn.tdkt.workflow.signin.SignInThrottle;

/**
 * Backing bean of {@code admin/users.xhtml}: the accounts with their unit and roles, and one account at a time
 * created or edited below the list — unit and roles, e-mail, a new password, disabled or enabled. An account locked
 * out by failed sign-ins shows until when, and the administrator can lift the lockout (gỡ tạm khóa).
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserDirectory users;

    @Inject
    UserAdministration administration;

    @Inject
    SignInThrottle throttle;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<UserAccount> accounts;
    private List<Unit> units;
    /** The end of each account's current lockout, by user name. */
    private Map<String, LocalDateTime> lockedUntil;
    /** The account being edited; null while a new one is being created. */
    private String editing;
    private boolean editingEnabled;
    private String username;
    private String fullName;
    private String position;
    private String unitCode;
    private List<String> roles = new ArrayList<>();
    private String email;
    private String password;

    public void load() {
        accounts = users.allUsers(currentUser.actor());
        units = administration.units(currentUser.actor());
        lockedUntil = throttle.lockedAccounts(currentUser.actor()).stream()
                .collect(Collectors.toMap(Lockout::subject, Lockout::until));
    }

    /** The end of the account's lockout after failed sign-ins; null when it is not locked out. */
    public LocalDateTime lockedUntil(UserAccount account) {
        return lockedUntil.get(account.getUsername());
    }

    /** Lifts the account's lockout now; the security log records who did it. */
    public void unlock(UserAccount account) {
        throttle.unlockAccount(currentUser.actor(), account.getUsername(), currentUser.address());
        messages.infoAt(null, "user.unlocked", account.getUsername());
        load();
    }

    public void edit(UserAccount account) {
        editing = account.getUsername();
        editingEnabled = account.isEnabled();
        username = account.getUsername();
        fullName = account.getFullName();
        position = account.getPosition();
        unitCode = account.getUnit().getCode();
        // A list class Faces can instantiate: on submit it makes a new collection of the value's own class.
        roles = account.getRoles().stream().map(Role::name).sorted().collect(Collectors.toCollection(ArrayList::new));
        email = account.getEmail().orElse(null);
        password = null;
    }

    public void startNew() {
        editing = null;
        username = null;
        fullName = null;
        position = null;
        unitCode = null;
        roles = new ArrayList<>();
        email = null;
        password = null;
    }

    /** Creates the account, or saves the edited one (with a new password when one was typed). */
    public void save() {
        try {
            if (editing == null) {
                administration.create(currentUser.actor(), username, fullName, position, unitCode, roleSet(), email,
                        chars(password));
                messages.info("user.created", username);
            } else {
                administration.update(currentUser.actor(), editing, fullName, position, unitCode, roleSet(), email);
                if (password != null && !password.isEmpty()) {
                    administration.resetPassword(currentUser.actor(), editing, chars(password));
                    messages.info("user.passwordReset", editing);
                }
                messages.info("user.saved", editing);
            }
            password = null;
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void disable() {
        act(() -> administration.disable(currentUser.actor(), editing), "user.disabled", false);
    }

    public void enable() {
        act(() -> administration.enable(currentUser.actor(), editing), "user.enabled", true);
    }

    private void act(Runnable action, String doneKey, boolean enabledAfter) {
        try {
            action.run();
            editingEnabled = enabledAfter;
            messages.info(doneKey, editing);
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    private EnumSet<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(Role.valueOf(r)));
        return set;
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<UserAccount> getAccounts() {
        return accounts;
    }

    public List<Unit> getUnits() {
        return units;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getEditing() {
        return editing;
    }

    public boolean isEditingEnabled() {
        return editingEnabled;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
