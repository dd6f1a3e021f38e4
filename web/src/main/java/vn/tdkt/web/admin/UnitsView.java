package vn.tdkt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.organisation.UnitLevel;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.organisation.UnitAdministration;

/** Backing bean of {@code admin/units.xhtml}: the units, and one created or edited below the list. */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitAdministration administration;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<Unit> units;
    /** The code of the unit being edited; null while a new one is being created. */
    private String editing;
    private String code;
    private String name;
    private String parentCode;
    private String sector;
    private UnitLevel level = UnitLevel.DEPARTMENT;

    public void load() {
        units = administration.all(currentUser.actor());
    }

    public void edit(Unit unit) {
        editing = unit.getCode();
        code = unit.getCode();
        name = unit.getName();
        parentCode = unit.getParent() == null ? null : unit.getParent().getCode();
        sector = unit.getSector();
        level = unit.getLevel();
    }

    public void startNew() {
        editing = null;
        code = null;
        name = null;
        parentCode = null;
        sector = null;
        level = UnitLevel.DEPARTMENT;
    }

    public void save() {
        try {
            if (editing == null) {
                administration.create(currentUser.actor(), code, name, parentCode, sector, level);
                messages.info("unit.created", code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
                startNew();
            } else {
                administration.update(currentUser.actor(), editing, name, parentCode, sector, level);
                messages.info("unit.saved", editing);
            }
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public List<UnitLevel> getLevels() {
        return List.of(UnitLevel.values());
    }

    public List<Unit> getUnits() {
        return units;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public void setLevel(UnitLevel level) {
        this.level = level;
    }
}
