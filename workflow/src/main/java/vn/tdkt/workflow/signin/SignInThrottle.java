package vn.tdkt.workflow.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.signin.FailedAttempts;
import vn.tdkt.domain.signin.SecurityEventKind;
import vn.tdkt.domain.signin.ThrottleKind;
import vn.tdkt.domain.signin.ThrottlePolicy;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.Settings;

/**
 * Failed sign-ins counted per account name and per client address, in the database so that every server of a
 * cluster counts together and an administrator's unlock holds everywhere. Each method is one short transaction; the
 * password hash runs between them, outside any. The two rows of an attempt are always locked account first, so two
 * attempts never wait on each other in a circle.
 */
@Stateless
public class SignInThrottle {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @Inject
    SecurityLog log;

    @Inject
    RefusalMemo memo;

    /**
     * Admits an attempt, charging it as a failure against both the account name and the address before its password
     * is checked (so that attempts made at the same moment cannot all pass before the first failure is written), or
     * refuses it with the later of the two waits.
     */
    public Admission admit(String account, String address) {
        LocalDateTime now = BusinessClock.now();
        ThrottlePolicy accountPolicy = Settings.signInAccountPolicy();
        ThrottlePolicy addressPolicy = Settings.signInAddressPolicy();
        FailedAttempts byAccount = row(ThrottleKind.ACCOUNT, account);
        FailedAttempts byAddress = row(ThrottleKind.ADDRESS, address);
        Refusal refusal = Refusal.later(refusal(byAccount, accountPolicy, now), refusal(byAddress, addressPolicy, now));
        if (refusal != null) {
            return Admission.refused(refusal);
        }
        return new Admission(null, byAccount.charge(accountPolicy, now), byAddress.charge(addressPolicy, now), now);
    }

    /** The password was right: the account's failures are forgotten, the address gets this attempt back. */
    public void succeeded(String account, String address) {
        em.createQuery("delete from FailedAttempts f where f.kind = :kind and f.subject = :subject")
                .setParameter("kind", ThrottleKind.ACCOUNT).setParameter("subject", account).executeUpdate();
        refund(ThrottleKind.ADDRESS, address);
    }

    /**
     * The password was wrong (it is charged already). When this failure is the one that locks the account name or
     * the address out, the lockout is written to the security log and remembered on this server.
     */
    public void failed(String account, String address, Admission admission) {
        lockedOutBy(admission.accountFailures(), Settings.signInAccountPolicy(), ThrottleKind.ACCOUNT, account,
                address, admission.at());
        lockedOutBy(admission.addressFailures(), Settings.signInAddressPolicy(), ThrottleKind.ADDRESS, address,
                address, admission.at());
    }

    /** The account names locked out now, with the end of each lockout; for administrators. */
    public List<Lockout> lockedAccounts(Actor admin) {
        return lockouts(admin, ThrottleKind.ACCOUNT, Settings.signInAccountPolicy());
    }

    /** The client addresses locked out now, with the end of each lockout; for administrators. */
    public List<Lockout> lockedAddresses(Actor admin) {
        return lockouts(admin, ThrottleKind.ADDRESS, Settings.signInAddressPolicy());
    }

    /** Lifts an account name's lockout (and any wait) before its end; logged with the administrator's address. */
    public void unlockAccount(Actor admin, String account, String fromAddress) {
        unlock(admin, ThrottleKind.ACCOUNT, account, fromAddress, SecurityEventKind.ACCOUNT_UNLOCKED);
    }

    /** Lifts a client address's lockout (and any wait) before its end; logged with the administrator's address. */
    public void unlockAddress(Actor admin, String address, String fromAddress) {
        unlock(admin, ThrottleKind.ADDRESS, address, fromAddress, SecurityEventKind.ADDRESS_UNLOCKED);
    }

    /** Removes the rows no attempt will read again: failures forgotten, or all refunded. */
    public int forgetOld() {
        // Accounts and addresses share the lockout, which is also how long failures are remembered.
        LocalDateTime cutoff = BusinessClock.now().minus(Settings.signInAccountPolicy().lockout());
        return em.createQuery("delete from FailedAttempts f where f.failures = 0 or f.lastFailureAt is null"
                + " or f.lastFailureAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
    }

    private void unlock(Actor admin, ThrottleKind kind, String subject, String fromAddress,
            SecurityEventKind event) {
        admin.require(Role.ADMIN);
        String key = FailedAttempts.subject(subject);
        int removed = em.createQuery("delete from FailedAttempts f where f.kind = :kind and f.subject = :subject"
                + " and f.failures > 0").setParameter("kind", kind).setParameter("subject", key).executeUpdate();
        memo.forget(kind, key);
        if (removed > 0) {
            log.record(event, admin.username(), key, fromAddress, null, null);
        }
    }

    private List<Lockout> lockouts(Actor admin, ThrottleKind kind, ThrottlePolicy policy) {
        admin.require(Role.ADMIN);
        LocalDateTime now = BusinessClock.now();
        return em.createQuery("select f from FailedAttempts f where f.kind = :kind and f.failures >= :failures"
                + " and f.lastFailureAt > :since order by f.lastFailureAt desc", FailedAttempts.class)
                .setParameter("kind", kind).setParameter("failures", policy.lockoutFailures())
                .setParameter("since", now.minus(policy.lockout())).getResultStream()
                .map(f -> new Lockout(f.getSubject(), f.getFailures(), f.getLastFailureAt().plus(policy.lockout())))
                .toList();
    }

    private void lockedOutBy(int failures, ThrottlePolicy policy, ThrottleKind kind, String subject, String address,
            LocalDateTime at) {
        if (failures != policy.lockoutFailures()) {
            // Below it only a wait; beyond it the lockout was logged already (a change of settings aside).
            return;
        }
        LocalDateTime until = at.plus(policy.lockout());
        log.record(kind == ThrottleKind.ACCOUNT ? SecurityEventKind.ACCOUNT_LOCKED
                : SecurityEventKind.ADDRESS_LOCKED, null, subject, address, until, null);
        memo.remember(new Refusal(kind, subject, until, true), BusinessClock.now());
    }

    private Refusal refusal(FailedAttempts attempts, ThrottlePolicy policy, LocalDateTime now) {
        Optional<LocalDateTime> until = attempts.refusedUntil(policy, now);
        return until.map(time -> new Refusal(attempts.getKind(), attempts.getSubject(), time,
                policy.locksOut(policy.counted(attempts.getFailures(), attempts.getLastFailureAt(), now))))
                .orElse(null);
    }

    private void refund(ThrottleKind kind, String subject) {
        FailedAttempts attempts = em.find(FailedAttempts.class, new FailedAttempts.Key(kind, subject),
                LockModeType.PESSIMISTIC_WRITE);
        if (attempts != null) {
            attempts.refund();
        }
    }

    /**
     * The row of a name or address, locked for this transaction; created with no failures when there is none
     * (an insert that another attempt may have made at the same moment, hence "on conflict do nothing").
     */
    private FailedAttempts row(ThrottleKind kind, String subject) {
        FailedAttempts.Key key = new FailedAttempts.Key(kind, subject);
        FailedAttempts attempts = em.find(FailedAttempts.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (attempts == null) {
            em.createNativeQuery("INSERT INTO signin_failure (kind, subject, failures) VALUES (?1, ?2, 0)"
                    + " ON CONFLICT DO NOTHING").setParameter(1, kind.name()).setParameter(2, subject)
                    .executeUpdate();
            attempts = em.find(FailedAttempts.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return attempts;
    }
}
