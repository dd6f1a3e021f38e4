package vn.tdkt.workflow.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.signin.ApiToken;
import vn.tdkt.domain.signin.IssuedToken;
import vn.tdkt.domain.signin.SecurityEventKind;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.Settings;

/**
 * Personal API tokens (mã truy cập API) as their owners keep them on their profile page — created, listed with
 * their last use, revoked; each creation and revocation in the security log — and as the REST API checks them on
 * every call: one indexed lookup by the secret's digest, no password hash.
 */
@Stateless
public class ApiTokens {

    /** Longer than any secret we issue; anything longer is not looked up at all. */
    private static final int MAX_SECRET = 100;

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @Inject
    SecurityLog log;

    /**
     * A new token of the signed-in user, valid for {@code days} days (at most {@link Settings#apiTokenMaxDays()});
     * the secret in the answer is shown to them once and kept nowhere.
     */
    public IssuedToken create(Actor owner, String name, int days, String address) {
        UserAccount account = em.find(UserAccount.class, owner.userId());
        if (account == null || !account.isEnabled()) {
            throw new DomainException("error.forbidden");
        }
        IssuedToken issued = ApiToken.issue(account, name, days, Settings.apiTokenMaxDays(), BusinessClock.now());
        em.persist(issued.token());
        log.record(SecurityEventKind.TOKEN_CREATED, owner.username(), owner.username(), address,
                issued.token().getExpiresAt(), issued.token().getName());
        return issued;
    }

    /** The user's own tokens, newest first, whatever their state. */
    public List<ApiToken> of(Actor owner) {
        return em.createQuery("select t from ApiToken t where t.owner.id = :owner order by t.createdAt desc, t.id desc",
                ApiToken.class).setParameter("owner", owner.userId()).getResultList();
    }

    /** Revokes one of the user's tokens for good; another user's is "not found", exactly like a missing one. */
    public void revoke(Actor owner, long tokenId, String address) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new DomainException("token.error.notFound");
        }
        boolean active = token.getRevokedAt() == null;
        token.revoke(owner, BusinessClock.now());
        if (active) {
            log.record(SecurityEventKind.TOKEN_REVOKED, owner.username(), owner.username(), address, null,
                    token.getName());
        }
    }

    /**
     * The owner of a bearer token, when it is one of ours, not revoked, not expired and its owner not disabled;
     * its last use is noted (at most once a minute, so that a busy script does not write on every call).
     */
    public Optional<Actor> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX) || secret.length() > MAX_SECRET) {
            return Optional.empty();
        }
        LocalDateTime now = BusinessClock.now();
        return em.createQuery("select t from ApiToken t join fetch t.owner o join fetch o.unit"
                + " where t.secretDigest = :digest", ApiToken.class).setParameter("digest", ApiToken.digest(secret))
                .getResultStream().findFirst().filter(token -> token.admits(now)).map(token -> {
                    token.recordUse(now);
                    return token.getOwner().toActor();
                });
    }
}
