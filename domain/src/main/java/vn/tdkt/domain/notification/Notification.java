package vn.tdkt.domain.notification;

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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.tdkt.domain.shared.DomainException;

/**
 * A notification (thông báo) to one user about one proposal or one bloc review: a message key with its arguments,
 * so that each reader sees it in their own language, and the time it was read (unread until then).
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** Unit separator: cannot be typed into any of our inputs, so it can join the arguments safely. */
    private static final String SEPARATOR = "\u001F";
    private static final int MAX_ARGUMENTS = 2000;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private NotificationKind kind;

    @Column(name = "proposal_id", updatable = false)
    private Long proposalId;

    @Column(name = "bloc_review_id", updatable = false)
    private Long blocReviewId;

    /** The dossier's number, or the bloc review's business key (what the reader would search for). */
    @Column(name = "proposal_number", nullable = false, updatable = false, length = 40)
    private String proposalNumber;

    @Column(name = "message_key", nullable = false, updatable = false, length = 100)
    private String messageKey;

    @Column(nullable = false, updatable = false, length = MAX_ARGUMENTS)
    private String arguments;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    public Notification(String recipient, NotificationKind kind, long proposalId, String proposalNumber,
            String messageKey, List<?> arguments, LocalDateTime createdAt) {
        this(recipient, kind, Long.valueOf(proposalId), null, proposalNumber, messageKey, arguments, createdAt);
    }

    /** A notification about a bloc's review, known to its reader by {@code reviewKey} (its business key). */
    public static Notification aboutBlocReview(String recipient, long reviewId, String reviewKey, String messageKey,
            List<?> arguments, LocalDateTime createdAt) {
        return new Notification(recipient, NotificationKind.BLOC_REVIEW, null, reviewId, reviewKey, messageKey,
                arguments, createdAt);
    }

    private Notification(String recipient, NotificationKind kind, Long proposalId, Long blocReviewId,
            String proposalNumber, String messageKey, List<?> arguments, LocalDateTime createdAt) {
        this.recipient = requireText(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.proposalId = proposalId;
        this.blocReviewId = blocReviewId;
        this.proposalNumber = requireText(proposalNumber);
        this.messageKey = requireText(messageKey);
        String joined = arguments.stream().map(a -> a == null ? "" : String.valueOf(a).replace(SEPARATOR, " "))
                .collect(Collectors.joining(SEPARATOR));
        // A long return reason is cut rather than refused: the notification points to the full proposal.
        this.arguments = joined.length() > MAX_ARGUMENTS ? joined.substring(0, MAX_ARGUMENTS) : joined;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A notification needs its recipient, proposal number and key");
        }
        return text;
    }

    /** Marks the notification read at {@code now}; reading it again keeps the first time. */
    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(now);
        }
    }

    /** Refuses anyone but the recipient, exactly as if the notification did not exist. */
    public void requireRecipient(String username) {
        if (!recipient.equals(username)) {
            throw new DomainException("notification.error.notFound");
        }
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    /** The dossier it is about; null for a notification about a bloc review. */
    public Long getProposalId() {
        return proposalId;
    }

    /** The bloc review it is about; null for a notification about a dossier. */
    public Long getBlocReviewId() {
        return blocReviewId;
    }

    public String getProposalNumber() {
        return proposalNumber;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
