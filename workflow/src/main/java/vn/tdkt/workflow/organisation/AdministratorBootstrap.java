package vn.tdkt.workflow.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.logging.Logger;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.Settings;

/**
 * A production installation has no demo accounts; its first administrator is created from
 * {@code TDKT_ADMIN_PASSWORD} when no user named {@code admin} exists yet, in the provincial commendation board.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class AdministratorBootstrap {

    public static final String ADMIN_USERNAME = "admin";
    /** The provincial commendation board's unit, created by migration V6. */
    public static final String BOARD_CODE = "BAN_TDKT";

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @PostConstruct
    void createFirstAdministrator() {
        Settings.initialAdminPassword().ifPresent(password -> {
            if (!em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                    .setParameter("name", ADMIN_USERNAME).getResultList().isEmpty()) {
                return;
            }
            requireAcceptable(password);
            em.persist(new UserAccount(ADMIN_USERNAME, "Administrator", null, board(), EnumSet.of(Role.ADMIN),
                    password.toCharArray()));
            LOG.info("Created the first administrator account 'admin' from TDKT_ADMIN_PASSWORD.");
        });
    }

    /**
     * The first administrator's password is held to the same rule as every password an administrator sets. A
     * weaker one stops the deployment with the reason, for the operator to fix, rather than leaving the province's
     * only administrator account guessable.
     */
    static void requireAcceptable(String password) {
        try {
            UserAdministration.requireStrong(password.toCharArray());
        } catch (DomainException e) {
            throw new IllegalStateException("TDKT_ADMIN_PASSWORD must have at least " + UserAdministration.MIN_PASSWORD
                    + " characters; the first administrator account was not created.", e);
        }
    }

    private Unit board() {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                .setParameter("code", BOARD_CODE).getSingleResult();
    }
}
