package vn.tdkt.workflow.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.shared.DomainException;

/**
 * Accounts as administrators keep them (role {@code ADMIN} for every call): create, correct name and position,
 * move to a unit with roles, set the e-mail address, reset the password, disable and enable. A password an
 * administrator sets has at least {@link #MIN_PASSWORD} characters; an administrator cannot disable their own
 * account (someone must be left to undo it).
 */
@Stateless
public class UserAdministration {

    public static final int MIN_PASSWORD = 8;

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    /** The units an account may belong to, by name. */
    public List<Unit> units(Actor admin) {
        admin.require(Role.ADMIN);
        return em.createQuery("select u from Unit u order by u.name", Unit.class).getResultList();
    }

    public UserAccount create(Actor admin, String username, String fullName, String position, String unitCode,
            Set<Role> roles, String email, char[] password) {
        admin.require(Role.ADMIN);
        requireStrong(password);
        String name = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        if (name != null && !em.createQuery("select u.id from UserAccount u where u.username = :name")
                .setParameter("name", name).getResultList().isEmpty()) {
            throw DomainException.invalid("username", "user.username.taken", name);
        }
        UserAccount account = new UserAccount(name, fullName, position, unit(unitCode), roles, password);
        account.changeEmail(email);
        em.persist(account);
        return account;
    }

    public void update(Actor admin, String username, String fullName, String position, String unitCode,
            Set<Role> roles, String email) {
        admin.require(Role.ADMIN);
        UserAccount account = account(username);
        if (account.getUsername().equals(admin.username()) && !roles.contains(Role.ADMIN)) {
            throw DomainException.invalid("roles", "user.error.ownAdminRole");
        }
        account.describe(fullName, position);
        account.assign(unit(unitCode), roles);
        account.changeEmail(email);
    }

    public void resetPassword(Actor admin, String username, char[] password) {
        admin.require(Role.ADMIN);
        requireStrong(password);
        account(username).changePassword(password);
    }

    public void disable(Actor admin, String username) {
        admin.require(Role.ADMIN);
        if (admin.username().equals(username)) {
            throw new DomainException("user.error.disableSelf");
        }
        account(username).disable();
    }

    public void enable(Actor admin, String username) {
        admin.require(Role.ADMIN);
        account(username).enable();
    }

    /**
     * The password rule for every password an administrator or the installation sets (demo accounts aside): at least
     * {@link #MIN_PASSWORD} characters.
     */
    public static void requireStrong(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw DomainException.invalid("password", "user.password.tooShort", MIN_PASSWORD);
        }
    }

    private UserAccount account(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username == null ? "" : username).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("user.error.notFound", String.valueOf(username)));
    }

    private Unit unit(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                .setParameter("code", code == null ? "" : code).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.invalid("unit", "user.error.unit"));
    }
}
