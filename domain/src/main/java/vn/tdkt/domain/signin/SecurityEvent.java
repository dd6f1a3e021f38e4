package vn.tdkt.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of the security log (nhật ký bảo mật): what happened, to which account, address or token, who did it
 * (none when the system did, as for a lockout), from which client address, when. Never changed or removed once
 * written (the table refuses UPDATE and DELETE).
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private SecurityEventKind kind;

    /** The user who acted; null when the system did. */
    @Column(updatable = false, length = 64)
    private String actor;

    /** The account name, client address or token owner the event is about. */
    @Column(nullable = false, updatable = false, length = 64)
    private String subject;

    /** The client address of the request that caused it. */
    @Column(updatable = false, length = 64)
    private String address;

    /** A lockout's end, or a token's expiry. */
    @Column(name = "until_at", updatable = false)
    private LocalDateTime until;

    /** A token's name. */
    @Column(updatable = false, length = 100)
    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(SecurityEventKind kind, String actor, String subject, String address, LocalDateTime until,
            String detail, LocalDateTime occurredAt) {
        this.kind = Objects.requireNonNull(kind);
        this.actor = actor;
        this.subject = FailedAttempts.subject(Objects.requireNonNull(subject));
        this.address = address == null ? null : FailedAttempts.subject(address);
        this.until = until;
        this.detail = detail;
        this.occurredAt = Objects.requireNonNull(occurredAt);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddress() {
        return address;
    }

    public LocalDateTime getUntil() {
        return until;
    }

    public String getDetail() {
        return detail;
    }
}
