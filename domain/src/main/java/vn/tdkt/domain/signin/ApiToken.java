package vn.tdkt.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Objects;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.shared.Digests;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * A personal API token (mã truy cập API): a random secret with which a program calls the REST API as its owner
 * ({@code Authorization: Bearer …}), until it expires or its owner revokes it. Only the secret's SHA-256 digest is
 * kept: the owner sees the secret once, when it is issued.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Marks a string as one of our tokens, so that one pasted into the wrong place is recognisable. */
    public static final String PREFIX = "tdkt_";
    public static final int MAX_NAME = 100;
    /** Random bytes of a secret: 256 bits, beyond any guessing. */
    private static final int SECRET_BYTES = 32;
    /** The last use is written at most this often, so that a busy client does not write on every call. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private UserAccount owner;

    @Column(nullable = false, updatable = false, length = MAX_NAME)
    private String name;

    @Column(name = "secret_digest", nullable = false, updatable = false, unique = true, length = 64)
    private String secretDigest;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    private ApiToken(UserAccount owner, String name, String secretDigest, LocalDateTime createdAt,
            LocalDateTime expiresAt) {
        this.owner = owner;
        this.name = name;
        this.secretDigest = secretDigest;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /**
     * A new token of {@code owner}, named so they recognise it, valid for {@code days} days (1 to {@code maxDays}).
     */
    public static IssuedToken issue(UserAccount owner, String name, int days, int maxDays, LocalDateTime now) {
        Objects.requireNonNull(owner);
        String label = Texts.required("name", name, MAX_NAME, false);
        if (days < 1 || days > maxDays) {
            throw DomainException.invalid("days", "token.error.days", maxDays);
        }
        byte[] random = new byte[SECRET_BYTES];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new IssuedToken(new ApiToken(owner, label, digest(secret), now, now.plusDays(days)), secret);
    }

    /**
     * The digest a secret is kept and looked up by. A fast hash is right here, unlike for passwords: a secret of
     * 256 random bits cannot be found by trying candidates against a leaked digest, however fast each try is, so
     * a slow hash would only make every API call pay for nothing. Being deterministic, it also serves as the key.
     */
    public static String digest(String secret) {
        return Digests.sha256Hex(secret);
    }

    /** Whether the token signs its owner in at {@code now}: not revoked, not expired, the owner not disabled. */
    public boolean admits(LocalDateTime now) {
        return status(now) == TokenStatus.ACTIVE && owner.isEnabled();
    }

    public TokenStatus status(LocalDateTime now) {
        if (revokedAt != null) {
            return TokenStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? TokenStatus.ACTIVE : TokenStatus.EXPIRED;
    }

    /** Notes a use at {@code now}; a use within a minute of the last noted one changes nothing (no write). */
    public void recordUse(LocalDateTime now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_RECORDED_EVERY))) {
            lastUsedAt = now;
        }
    }

    /**
     * Revokes the token for good. Only its owner may; anyone else is told it does not exist, as if it did not.
     * Revoking twice keeps the first time.
     */
    public void revoke(Actor by, LocalDateTime now) {
        requireOwner(by);
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(now);
        }
    }

    /** Refuses anyone but the owner, exactly as if the token did not exist. */
    public void requireOwner(Actor actor) {
        if (!owner.getUsername().equals(actor.username())) {
            throw new DomainException("token.error.notFound");
        }
    }

    public Long getId() {
        return id;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
