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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * An emulation bloc (khối thi đua), e.g. Khối thi đua Nội chính tỉnh Tây Ninh: its members change by year and
 * exactly one of them heads it each year (the head rotates).
 */
@Entity
@Table(name = "bloc")
public class Bloc {

    @Id
    @SequenceGenerator(name = "bloc_seq", sequenceName = "bloc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bloc_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bloc_member", joinColumns = @JoinColumn(name = "bloc_id"))
    private List<BlocMember> members = new ArrayList<>();

    protected Bloc() {
    }

    public Bloc(String code, String name) {
        this.code = Texts.required("code", code, 32, false);
        this.name = Texts.required("name", name, 300, false);
    }

    /**
     * Sets the bloc's composition for a year: every member with its role, exactly one head. Replaces an earlier
     * composition of that year.
     */
    public void composeYear(int year, Map<Unit, BlocRole> roles) {
        long heads = roles.values().stream().filter(BlocRole.HEAD::equals).count();
        if (heads != 1) {
            throw DomainException.invalid("head", "bloc.error.oneHead", String.valueOf(year));
        }
        members.removeIf(member -> member.getYear() == year);
        roles.forEach((unit, role) -> members.add(new BlocMember(year, unit, role)));
    }

    /**
     * The year's head hands over at year end: the next year has the same members, with {@code nextHead} (a member,
     * not the outgoing head) at its head. A next year already composed is left as it is.
     */
    public void handOver(int year, Unit nextHead) {
        if (!membersIn(year + 1).isEmpty()) {
            throw new DomainException("bloc.error.nextYearComposed", String.valueOf(year + 1));
        }
        List<BlocMember> current = membersIn(year);
        if (current.stream().noneMatch(m -> m.getUnit().equals(nextHead))) {
            throw new DomainException("bloc.error.notMember", nextHead.getCode());
        }
        if (headIn(year).filter(nextHead::equals).isPresent()) {
            throw new DomainException("bloc.error.sameHead", nextHead.getName());
        }
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        current.forEach(m -> roles.put(m.getUnit(), m.getUnit().equals(nextHead) ? BlocRole.HEAD : BlocRole.MEMBER));
        composeYear(year + 1, roles);
    }

    /**
     * The year's deputies (khối phó), chosen among its members at the bloc's first meeting; the head cannot be one.
     * Every other member of the year becomes a plain member. No deputy at all is allowed.
     */
    public void appointDeputies(int year, Set<Unit> deputies) {
        List<BlocMember> current = membersIn(year);
        for (Unit deputy : deputies) {
            if (current.stream().noneMatch(m -> m.getUnit().equals(deputy))) {
                throw new DomainException("bloc.error.notMember", deputy.getName());
            }
            if (headIn(year).filter(deputy::equals).isPresent()) {
                throw new DomainException("bloc.error.headAsDeputy", deputy.getName());
            }
        }
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        current.forEach(m -> roles.put(m.getUnit(), m.getRole() == BlocRole.HEAD ? BlocRole.HEAD
                : deputies.contains(m.getUnit()) ? BlocRole.DEPUTY : BlocRole.MEMBER));
        composeYear(year, roles);
    }

    /** The members of a year, the head first. */
    public List<BlocMember> membersIn(int year) {
        return members.stream().filter(member -> member.getYear() == year)
                .sorted(Comparator.comparing(BlocMember::getRole).thenComparing(m -> m.getUnit().getCode()))
                .toList();
    }

    /** Refuses anyone whose unit does not head the bloc that year ("only the head may do this"). */
    public void requireHeadedBy(int year, String unitCode) {
        Unit head = headIn(year).orElseThrow(() -> new DomainException("bloc.error.noHead", String.valueOf(year)));
        if (!head.getCode().equals(unitCode)) {
            throw new DomainException("bloc.error.onlyHead", head.getName());
        }
    }

    /**
     * Whether the actor may read the bloc's work of a year (reviews, scores, evidence, covenant): a user of a member
     * unit that year, or the provincial board (appraisers, approvers) and administrators.
     */
    public boolean isOpenTo(Actor actor, int year) {
        return actor.readsEveryUnit()
                || membersIn(year).stream().anyMatch(m -> m.getUnit().getCode().equals(actor.unitCode()));
    }

    public Optional<Unit> headIn(int year) {
        return members.stream().filter(m -> m.getYear() == year && m.getRole() == BlocRole.HEAD)
                .map(BlocMember::getUnit).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bloc bloc && Objects.equals(code, bloc.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
