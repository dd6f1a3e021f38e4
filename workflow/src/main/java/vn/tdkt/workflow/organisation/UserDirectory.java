package vn.tdkt.workflow.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.PasswordHash;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.UserAccount;

/**
 * The stored accounts: the acting user of each request, the accounts behind a candidate group, and the password
 * check itself (sign-ins go through {@code vn.tdkt.workflow.signin.SignIn}, which throttles it).
 */
@Stateless
public class UserDirectory {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    /**
     * The actor when the username exists, is enabled and the password matches; empty otherwise, after the same work
     * in every case (an unknown name is checked against a hash nobody knows), so that timing tells nothing.
     */
    public Optional<Actor> authenticate(String username, char[] password) {
        Optional<UserAccount> account = find(username);
        boolean right = account.map(user -> user.authenticates(password))
                .orElseGet(() -> PasswordHash.matchesNobody(password));
        return right ? account.map(UserAccount::toActor) : Optional.empty();
    }

    /** The account of a username as stored, enabled or not. */
    public Optional<UserAccount> account(String username) {
        return find(username);
    }

    /** The actor of an authenticated principal; empty when the account was removed or disabled since. */
    public Optional<Actor> actorFor(String username) {
        return find(username).filter(UserAccount::isEnabled).map(UserAccount::toActor);
    }

    /** Every account, for administrators only. */
    public List<UserAccount> allUsers(Actor admin) {
        return accounts(admin).getResultList();
    }

    /** {@code max} accounts of {@link #allUsers} from {@code first}, their roles read in one more query. */
    public List<UserAccount> users(Actor admin, int first, int max) {
        return accounts(admin).setFirstResult(first).setMaxResults(max)
                .setHint("eclipselink.batch", "u.roles").setHint("eclipselink.batch.type", "IN").getResultList();
    }

    private TypedQuery<UserAccount> accounts(Actor admin) {
        admin.require(Role.ADMIN);
        return em.createQuery("select u from UserAccount u order by u.unit.name, u.username", UserAccount.class);
    }

    /** The enabled accounts holding the role in the unit: the people behind a candidate group. */
    public List<UserAccount> holders(Role role, String unitCode) {
        return em.createQuery("select distinct u from UserAccount u join u.roles r"
                + " where r = :role and u.unit.code = :unit and u.enabled = true order by u.username",
                UserAccount.class)
                .setParameter("role", role).setParameter("unit", unitCode).getResultList();
    }

    /** The enabled account of a username, as stored. */
    public Optional<UserAccount> enabledAccount(String username) {
        return find(username).filter(UserAccount::isEnabled);
    }

    private Optional<UserAccount> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }
}
