package vn.tdkt.domain.organisation;

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
import java.util.Objects;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/** An organisation unit (đơn vị), e.g. Viện Kiểm sát nhân dân tỉnh; every user and proposal belongs to one. */
@Entity
@Table(name = "org_unit")
public class Unit {

    @Id
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    private Long id;

    /** Short stable code, used in proposal numbers and process candidate groups (e.g. {@code VKSND}). */
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 255)
    private String name;

    /** The unit above this one (a division's department); {@code null} for a top-level unit. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    /** The sector (ngành, lĩnh vực) quotas and blocs are counted by, e.g. {@code NOI_CHINH}. */
    @Column(length = 64)
    private String sector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitLevel level = UnitLevel.DEPARTMENT;

    protected Unit() {
    }

    public Unit(String code, String name) {
        this.code = Texts.required("code", code, 32, false);
        if (!this.code.matches("[A-Z0-9_]+")) {
            throw DomainException.invalid("code", "unit.code.invalid");
        }
        this.name = Texts.required("name", name, 255, false);
    }

    /** A new name (the code stays: proposal numbers and candidate groups carry it). */
    public void rename(String newName) {
        this.name = Texts.required("name", newName, 255, false);
    }

    /** Places the unit in the tree; a unit can never become its own ancestor. */
    public void placeUnder(Unit newParent, String sector, UnitLevel level) {
        for (Unit ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor.equals(this)) {
                throw DomainException.invalid("parent", "unit.error.cycle");
            }
        }
        this.parent = newParent;
        this.sector = Texts.normalise(sector);
        this.level = Objects.requireNonNull(level);
    }

    public Unit getParent() {
        return parent;
    }

    public String getSector() {
        return sector;
    }

    public UnitLevel getLevel() {
        return level;
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
        return other instanceof Unit unit && Objects.equals(code, unit.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
