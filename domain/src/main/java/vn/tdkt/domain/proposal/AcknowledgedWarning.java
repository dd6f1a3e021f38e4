package vn.tdkt.domain.proposal;

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
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.tdkt.domain.eligibility.Finding;

/**
 * A rule warning the clerk saw and acknowledged when submitting (đã biết và vẫn đề nghị): kept with the rule, its
 * message key and the evidence, so that appraisers later see what the clerk knowingly sent.
 */
@Entity
@Table(name = "acknowledged_warning")
public class AcknowledgedWarning {

    /** Unit separator: cannot be typed into any of our inputs, so it can join the evidence safely. */
    private static final String SEPARATOR = "\u001F";

    @Id
    @SequenceGenerator(name = "acknowledged_warning_seq", sequenceName = "acknowledged_warning_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acknowledged_warning_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private Proposal proposal;

    @Column(nullable = false, length = 100)
    private String rule;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(nullable = false, length = 2000)
    private String arguments;

    @Column(name = "acknowledged_by", nullable = false, length = 64)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at", nullable = false)
    private LocalDateTime acknowledgedAt;

    protected AcknowledgedWarning() {
    }

    AcknowledgedWarning(Proposal proposal, Finding warning, String by, LocalDateTime at) {
        this.proposal = proposal;
        this.rule = warning.rule();
        this.messageKey = warning.messageKey();
        String joined = warning.arguments().stream().map(String::valueOf).collect(Collectors.joining(SEPARATOR));
        this.arguments = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    public String getRule() {
        return rule;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public LocalDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
