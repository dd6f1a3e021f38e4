package vn.tdkt.domain.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.domain.shared.Digests;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/** A person who signs in (người dùng): belongs to exactly one unit and holds one or more roles. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String position;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Where notifications are mailed; none means in-app notifications only. */
    @Column(length = 254)
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String position, Unit unit, Set<Role> roles,
            char[] password) {
        this.username = Texts.required("username", username, 64, false).toLowerCase(Locale.ROOT);
        if (!this.username.matches("[a-z0-9._-]+")) {
            throw DomainException.invalid("username", "user.username.invalid");
        }
        this.fullName = Texts.required("fullName", fullName, 200, false);
        this.position = Texts.normalise(position);
        this.unit = Objects.requireNonNull(unit);
        if (roles == null || roles.isEmpty()) {
            throw DomainException.invalid("roles", "validation.required");
        }
        this.roles = EnumSet.copyOf(roles);
        changePassword(password);
    }

    public final void changePassword(char[] password) {
        if (password == null || password.length < 4) {
            throw DomainException.invalid("password", "user.password.tooShort", 4);
        }
        this.passwordHash = PasswordHash.create(password);
    }

    /**
     * True when the account is enabled and the password matches. The hash is checked in either case, so that a
     * disabled account takes as long to refuse as a wrong password (timing tells nothing about the account).
     */
    public boolean authenticates(char[] password) {
        boolean matches = PasswordHash.matches(password, passwordHash);
        return matches && enabled;
    }

    /**
     * A fingerprint of the stored password hash, which changes whenever the password does (each hash has a fresh
     * salt): a credential verified earlier is trusted again only while the stamp is the same.
     */
    public String credentialStamp() {
        return Digests.sha256Hex(passwordHash);
    }

    /** Sets or clears (blank) the address notifications are mailed to. */
    public void changeEmail(String address) {
        String normalised = Texts.normalise(address);
        if (normalised == null || normalised.isEmpty()) {
            this.email = null;
            return;
        }
        if (normalised.length() > 254 || !normalised.matches("[^@\\s]+@[^@\\s]+")) {
            throw DomainException.invalid("email", "user.email.invalid");
        }
        this.email = normalised;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Signs in again after an administrator disabled the account. */
    public void enable() {
        this.enabled = true;
    }

    /** Name and position as the administrator corrects them. */
    public void describe(String fullName, String position) {
        this.fullName = Texts.required("fullName", fullName, 200, false);
        this.position = Texts.normalise(position);
    }

    /** Moves the account to a unit with these roles (at least one); the user sees that unit's dossiers from now. */
    public void assign(Unit unit, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw DomainException.invalid("roles", "validation.required");
        }
        this.unit = Objects.requireNonNull(unit);
        this.roles = EnumSet.copyOf(roles);
    }

    /** The acting user of a use case, detached from persistence. */
    public Actor toActor() {
        return new Actor(id, username, fullName, unit.getId(), unit.getCode(), roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public Unit getUnit() {
        return unit;
    }

    /** The address notifications are mailed to, if the user gave one. */
    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
