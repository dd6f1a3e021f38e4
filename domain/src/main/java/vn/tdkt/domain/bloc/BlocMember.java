package vn.tdkt.domain.bloc;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import vn.tdkt.domain.organisation.Unit;

/** A unit's membership of a bloc in one year, with its role. */
@Embeddable
public class BlocMember {

    @Column(nullable = false)
    private int year;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BlocRole role;

    protected BlocMember() {
    }

    BlocMember(int year, Unit unit, BlocRole role) {
        this.year = year;
        this.unit = Objects.requireNonNull(unit);
        this.role = Objects.requireNonNull(role);
    }

    public int getYear() {
        return year;
    }

    public Unit getUnit() {
        return unit;
    }

    public BlocRole getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlocMember m && year == m.year && unit.equals(m.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, unit);
    }
}
