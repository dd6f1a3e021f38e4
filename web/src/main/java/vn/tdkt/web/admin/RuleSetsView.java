package vn.tdkt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.eligibility.RuleSetCatalog;

/**
 * Backing bean of {@code admin/rule-sets.xhtml}: the dated rule sets, which one is in force, and the preparation
 * of a future one (copy, date, change its parameters). Sets in force are shown read-only.
 */
@Named
@ViewScoped
public class RuleSetsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    RuleSetCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<RuleSet> ruleSets;
    private Long editingId;
    private final Map<String, Integer> editValues = new LinkedHashMap<>();
    private Long baseId;
    private String newName;
    private LocalDate newDate;
    private Map<String, String> titleNames;

    public void load() {
        ruleSets = catalog.all(currentUser.actor());
        if (baseId == null && !ruleSets.isEmpty()) {
            baseId = ruleSets.get(0).getId();
        }
    }

    /** A parameter's label (see {@link ParameterLabels}). */
    public String parameterLabel(String key) {
        return ParameterLabels.of(key, titleNames(), messages::text);
    }

    private Map<String, String> titleNames() {
        if (titleNames == null) {
            titleNames = new LinkedHashMap<>();
            catalog.titles().forEach(t -> titleNames.put(t.getCode(), t.getNameVi()));
        }
        return titleNames;
    }

    /** "IN_FORCE", "FUTURE" or "SUPERSEDED" for the label {@code ruleSets.state.*}. */
    public String state(RuleSet set) {
        LocalDate today = LocalDate.now(VIETNAM);
        if (!set.inForceOn(today)) {
            return "FUTURE";
        }
        RuleSet current = ruleSets.stream().filter(s -> s.inForceOn(today)).findFirst().orElse(null);
        return set == current ? "IN_FORCE" : "SUPERSEDED";
    }

    public void edit(RuleSet set) {
        editingId = set.getId();
        editValues.clear();
        editValues.putAll(set.getParameters());
    }

    public void saveParameters() {
        try {
            catalog.changeParameters(currentUser.actor(), editingId, editValues);
            messages.info("ruleSets.saved");
            editingId = null;
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void prepareSuccessor() {
        try {
            long id = catalog.prepareSuccessor(currentUser.actor(), baseId, newName, newDate);
            messages.info("ruleSets.created");
            load();
            ruleSets.stream().filter(set -> set.getId() == id).findFirst().ifPresent(this::edit);
            newName = null;
            newDate = null;
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public List<RuleSet> getRuleSets() {
        return ruleSets;
    }

    public Long getEditingId() {
        return editingId;
    }

    public Map<String, Integer> getEditValues() {
        return editValues;
    }

    public Long getBaseId() {
        return baseId;
    }

    public void setBaseId(Long baseId) {
        this.baseId = baseId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }
}
