package vn.tdkt.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The failed sign-ins counted against one account name or one client address, judged by a {@link ThrottlePolicy}.
 * An attempt is charged as a failure before its password is checked ({@link #charge}), so that attempts made at
 * the same moment cannot all slip through before the first failure is written; a successful one is refunded
 * ({@link #refund}) or, for an account, the record is removed.
 */
@Entity
@Table(name = "signin_failure")
@IdClass(FailedAttempts.Key.class)
public class FailedAttempts {

    /** The longest subject kept: user names have at most 64 characters, IPv6 addresses 45. */
    public static final int MAX_SUBJECT = 64;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private ThrottleKind kind;

    @Id
    @Column(length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private LocalDateTime lastFailureAt;

    protected FailedAttempts() {
    }

    /** No failure yet. */
    public FailedAttempts(ThrottleKind kind, String subject) {
        this.kind = Objects.requireNonNull(kind);
        this.subject = subject(subject);
    }

    /** The subject as it is kept: a longer text (no account or address has one) is cut, never refused. */
    public static String subject(String text) {
        String value = text == null ? "" : text;
        return value.length() > MAX_SUBJECT ? value.substring(0, MAX_SUBJECT) : value;
    }

    /** Until when the next attempt is refused under the policy; empty when it may be made now. */
    public Optional<LocalDateTime> refusedUntil(ThrottlePolicy policy, LocalDateTime now) {
        return policy.refusedUntil(failures, lastFailureAt, now);
    }

    /** Counts an attempt as failed at {@code now} (failures long past are forgotten first); the count after it. */
    public int charge(ThrottlePolicy policy, LocalDateTime now) {
        failures = policy.counted(failures, lastFailureAt, now) + 1;
        lastFailureAt = Objects.requireNonNull(now);
        return failures;
    }

    /** Takes back one charged failure: the attempt turned out right, or was never made. */
    public void refund() {
        failures = Math.max(0, failures - 1);
    }

    public ThrottleKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getLastFailureAt() {
        return lastFailureAt;
    }

    /** The composite key: kind and subject. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private ThrottleKind kind;
        private String subject;

        public Key() {
        }

        public Key(ThrottleKind kind, String subject) {
            this.kind = kind;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && kind == key.kind && Objects.equals(subject, key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, subject);
        }
    }
}
