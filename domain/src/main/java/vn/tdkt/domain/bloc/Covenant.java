package vn.tdkt.domain.bloc;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * The bloc's covenant for a year (giao ước thi đua): drafted by the head unit, then acknowledged in the application
 * by each member's leader. Its text can change only until the first member signs; each member signs once.
 */
@Entity
@Table(name = "bloc_covenant")
public class Covenant {

    public static final int MAX_TEXT = 20_000;

    @Id
    @SequenceGenerator(name = "bloc_covenant_seq", sequenceName = "bloc_covenant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bloc_covenant_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(name = "covenant_year", nullable = false)
    private int year;

    @Column(nullable = false, length = MAX_TEXT)
    private String content;

    @Column(name = "drafted_by", nullable = false, length = 64)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private LocalDateTime draftedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bloc_covenant_signature", joinColumns = @JoinColumn(name = "covenant_id"))
    private List<CovenantSignature> signatures = new ArrayList<>();

    protected Covenant() {
    }

    private Covenant(Bloc bloc, int year) {
        this.bloc = bloc;
        this.year = year;
    }

    /** The head unit drafts the year's covenant. */
    public static Covenant draft(Bloc bloc, int year, String content, Actor actor, LocalDateTime now) {
        Covenant covenant = new Covenant(bloc, year);
        covenant.revise(content, actor, now);
        return covenant;
    }

    /** The head unit changes the text, as long as nobody has signed it. */
    public void revise(String content, Actor actor, LocalDateTime now) {
        actor.require(Role.UNIT_LEADER, Role.CLERK);
        bloc.requireHeadedBy(year, actor.unitCode());
        if (!signatures.isEmpty()) {
            throw new DomainException("covenant.error.signed");
        }
        this.content = Texts.required("content", content, MAX_TEXT, true);
        this.draftedBy = actor.username();
        this.draftedAt = now;
    }

    /** A member's leader acknowledges the covenant for the unit: once per member. */
    public void sign(Actor leader, LocalDateTime now) {
        leader.require(Role.UNIT_LEADER);
        Unit unit = bloc.membersIn(year).stream().map(BlocMember::getUnit)
                .filter(u -> u.getCode().equals(leader.unitCode())).findFirst()
                .orElseThrow(() -> new DomainException("bloc.error.notMember", leader.unitCode()));
        if (signatureOf(unit).isPresent()) {
            throw new DomainException("covenant.error.alreadySigned", unit.getName());
        }
        signatures.add(new CovenantSignature(unit, leader.username(), leader.fullName(), now));
    }

    /** The member's signature, if it has signed. */
    public Optional<CovenantSignature> signatureOf(Unit unit) {
        return signatures.stream().filter(s -> s.getUnit().equals(unit)).findFirst();
    }

    /** Whether every member of the year has signed. */
    public boolean isSignedByAll() {
        return bloc.membersIn(year).stream().allMatch(m -> signatureOf(m.getUnit()).isPresent());
    }

    public Long getId() {
        return id;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public int getYear() {
        return year;
    }

    public String getContent() {
        return content;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public LocalDateTime getDraftedAt() {
        return draftedAt;
    }

    public List<CovenantSignature> getSignatures() {
        return List.copyOf(signatures);
    }
}
