package vn.tdkt.domain.proposal;

import jakarta.persistence.Column;
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
import java.time.LocalDateTime;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;

/**
 * One line of a proposal's history (lịch sử xử lý): who did what, when, with which comment. Append-only: the
 * entity has no mutators and the table refuses UPDATE and DELETE.
 */
@Entity
@Table(name = "proposal_event")
public class ProposalEvent {

    @Id
    @SequenceGenerator(name = "proposal_event_seq", sequenceName = "proposal_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private Proposal proposal;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_username", nullable = false, updatable = false, length = 64)
    private String actorUsername;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private ProposalAction action;

    @Column(updatable = false, length = Proposal.MAX_REASON)
    private String comment;

    /** The role the actor acted in (null for the system, e.g. an expired deadline). */
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", updatable = false, length = 32)
    private Role actorRole;

    /** The process step (task definition key) the action completed, when it came from a task. */
    @Column(name = "task_key", updatable = false, length = 64)
    private String taskKey;

    protected ProposalEvent() {
    }

    ProposalEvent(Proposal proposal, ProposalAction action, Role role, Actor actor, String comment, String taskKey,
            LocalDateTime at) {
        this.proposal = proposal;
        this.action = action;
        this.actorRole = role;
        this.taskKey = taskKey;
        this.actorUsername = actor.username();
        this.actorName = actor.fullName();
        this.comment = comment;
        this.occurredAt = at;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorName() {
        return actorName;
    }

    public ProposalAction getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }

    public Role getActorRole() {
        return actorRole;
    }

    public String getTaskKey() {
        return taskKey;
    }
}
