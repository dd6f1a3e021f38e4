package vn.tdkt.domain.decision;

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
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;

/**
 * One nominee of a dossier the decision covers: a line of the annex (danh sách kèm theo) with the reward amount,
 * or, for a nominee the approver left out, the reason the notice to those not commended gives. The name, detail
 * and unit are copied as decided, so the annex reads the same after a dossier or a unit is renamed.
 */
@Entity
@Table(name = "award_decision_line")
public class DecisionLine {

    @Id
    @SequenceGenerator(name = "award_decision_line_seq", sequenceName = "award_decision_line_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_decision_line_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id", nullable = false, updatable = false)
    private Decision decision;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "nominee_id", nullable = false, updatable = false)
    private long nomineeId;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "title_id", nullable = false, updatable = false)
    private Title title;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false, length = 16, updatable = false)
    private NomineeKind kind;

    @Column(nullable = false, length = 300, updatable = false)
    private String name;

    @Column(length = 1000, updatable = false)
    private String detail;

    @Column(name = "unit_name", nullable = false, length = 255, updatable = false)
    private String unitName;

    @Column(nullable = false, updatable = false)
    private boolean commended;

    @Column(length = 2000, updatable = false)
    private String reason;

    @Column(updatable = false)
    private Long amount;

    protected DecisionLine() {
    }

    DecisionLine(Decision decision, int position, long proposalId, long nomineeId, Title title, NomineeKind kind,
            String name, String detail, String unitName, boolean commended, String reason, Long amount) {
        this.decision = decision;
        this.position = position;
        this.proposalId = proposalId;
        this.nomineeId = nomineeId;
        this.title = title;
        this.kind = kind;
        this.name = name;
        this.detail = detail;
        this.unitName = unitName;
        this.commended = commended;
        this.reason = reason;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public long getProposalId() {
        return proposalId;
    }

    public long getNomineeId() {
        return nomineeId;
    }

    public Title getTitle() {
        return title;
    }

    public NomineeKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDetail() {
        return detail;
    }

    public String getUnitName() {
        return unitName;
    }

    public boolean isCommended() {
        return commended;
    }

    public String getReason() {
        return reason;
    }

    /** The amount in đồng, {@code null} when the rule set states none for the title or form. */
    public Long getAmount() {
        return amount;
    }
}
