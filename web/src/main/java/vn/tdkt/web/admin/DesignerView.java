package vn.tdkt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.design.DeployOutcome;
import vn.tdkt.workflow.design.DiagramCatalog;
import vn.tdkt.workflow.design.DiagramProblem;
import vn.tdkt.workflow.design.ProcessDesigns;
import vn.tdkt.workflow.design.ProcessVersion;
import vn.tdkt.workflow.engine.ProcessKeys;

/**
 * Backing bean of {@code admin/designer.xhtml}: one process in the browser's BPMN editor — a deployed version or
 * the saved draft — with the catalog of what its properties may name (roles, units, forms, decisions, actions,
 * dates), and the draft saved, the diagram checked, or deployed as the next version.
 */
@Named
@ViewScoped
public class DesignerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProcessDesigns designs;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private String processKey = ProcessKeys.COMMENDATION_PROPOSAL;
    private String versionId;
    private String instanceId;
    private String instanceNumber;
    private String currentJson = "[]";
    private ProcessVersion version;
    private boolean fromDraft;
    private String xml;
    private String note;
    private final List<String> problems = new ArrayList<>();
    private String catalogJson;
    private String labelsJson;

    /** Opens the requested version, else the saved draft of the process, else its latest version. */
    public void load() {
        if (instanceId != null) {
            // A running instance: its own version, with the steps it stands at highlighted.
            designs.position(currentUser.actor(), instanceId).ifPresentOrElse(position -> {
                versionId = position.getDefinitionId();
                instanceNumber = position.getProposalNumber();
                JsonArrayBuilder ids = Json.createArrayBuilder();
                position.getActivityIds().forEach(ids::add);
                currentJson = ids.build().toString();
            }, () -> messages.error(null, "designer.error.noInstance", instanceId));
        }
        List<ProcessVersion> versions = designs.versions(currentUser.actor());
        Optional<String> draft = versionId == null ? designs.draft(currentUser.actor(), processKey) : Optional.empty();
        version = versions.stream().filter(v -> versionId == null ? v.getProcessKey().equals(processKey) && v.isLatest()
                : v.getDefinitionId().equals(versionId)).findFirst().orElse(null);
        if (draft.isPresent()) {
            xml = draft.get();
            fromDraft = true;
        } else if (version != null) {
            processKey = version.getProcessKey();
            xml = new String(designs.xml(currentUser.actor(), version.getDefinitionId()), StandardCharsets.UTF_8);
        } else {
            messages.error(null, "designer.error.noVersion", versionId == null ? processKey : versionId);
        }
        catalogJson = catalog();
        labelsJson = labels();
    }

    public void saveDraft() {
        try {
            designs.saveDraft(currentUser.actor(), processKey, version == null ? null : version.getDefinitionId(),
                    bytes());
            fromDraft = true;
            problems.clear();
            messages.info("designer.draftSaved");
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void check() {
        List<DiagramProblem> found = designs.check(currentUser.actor(), bytes());
        show(found);
        if (found.isEmpty()) {
            messages.info("designer.checkedOk");
        }
    }

    /** Deploys the diagram as the next version and goes back to the list of versions, or lists what is wrong. */
    public void deploy() {
        DeployOutcome outcome = designs.deploy(currentUser.actor(), bytes(), note);
        show(outcome.getProblems());
        if (outcome.isDeployed()) {
            messages.info("designer.deployedOk", outcome.getProcessName(), outcome.getVersion());
            navigation.redirect("/app/admin/processes.xhtml");
        }
    }

    private byte[] bytes() {
        return xml == null ? new byte[0] : xml.getBytes(StandardCharsets.UTF_8);
    }

    private void show(List<DiagramProblem> found) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        found.stream().map(DiagramProblem::getElementId).filter(Objects::nonNull).distinct()
                .forEach(ids::add);
        PrimeFaces.current().ajax().addCallbackParam("problemIds", ids.build().toString());
        problems.clear();
        problems.addAll(DiagramMessages.show(messages, found));
    }

    /** What the properties panel offers, each with its label in the page's language. */
    private String catalog() {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (Role role : Role.values()) {
            roles.add(option("code", role.name(), messages.text("role." + role)));
        }
        JsonArrayBuilder units = Json.createArrayBuilder();
        units.add(option("code", DiagramCatalog.PROPOSING_UNIT, messages.text("designer.proposingUnit")));
        units.add(option("code", DiagramCatalog.BLOC_HEAD_UNIT, messages.text("designer.headUnit")));
        designs.units(currentUser.actor()).forEach((code, name) -> units.add(option("code", code, name)));
        JsonArrayBuilder forms = Json.createArrayBuilder();
        DiagramCatalog.FORMS.forEach(form -> forms.add(option("key", form,
                messages.text("designer.form." + form.substring(form.indexOf(':') + 1)))));
        return Json.createObjectBuilder().add("roles", roles).add("units", units).add("forms", forms)
                .add("conditions", options(DiagramCatalog.CONDITIONS, "condition"))
                .add("actions", options(DiagramCatalog.ACTIONS, "action"))
                .add("dueDates", options(DiagramCatalog.DATES, "date")
                        .add(option("expression", "${workingDays.after(5)}",
                                messages.text("designer.date.workingDays", 5)))
                        .add(option("expression", "${workingDays.after(10)}",
                                messages.text("designer.date.workingDays", 10))))
                .build().toString();
    }

    private JsonArrayBuilder options(List<DiagramCatalog.Option> options, String kind) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        options.forEach(o -> array.add(option("expression", o.expression(),
                messages.text("designer." + kind + "." + o.name()))));
        return array;
    }

    private static JsonObjectBuilder option(String key, String value, String label) {
        return Json.createObjectBuilder().add(key, value).add("label", label);
    }

    /** The properties panel's own texts, the element types' names and bpmn-js's menus, in the page's language. */
    private String labels() {
        JsonObjectBuilder labels = Json.createObjectBuilder();
        for (String key : PANEL_LABELS) {
            labels.add(key, messages.text("designer.panel." + key));
        }
        for (String type : ELEMENT_TYPES) {
            labels.add("type.bpmn:" + type, messages.text("designer.type." + type));
        }
        BPMN_JS_LABELS.forEach((english, key) -> labels.add(english, messages.text("designer.tool." + key)));
        return labels.build().toString();
    }

    private static final List<String> PANEL_LABELS = List.of("panelTitle", "id", "name", "processName",
            "historyTimeToLive", "historyTimeToLiveInvalid", "candidateGroup", "role", "unit",
            "candidateGroupIncomplete", "form", "dueDate", "dueDateCustom", "dueDateDuration", "dueDateInvalid",
            "condition", "conditionNone", "conditionDefault", "action", "none", "choose", "currentValue",
            "importError");

    private static final List<String> ELEMENT_TYPES = List.of("Process", "UserTask", "ServiceTask", "Task",
            "ExclusiveGateway", "ParallelGateway", "StartEvent", "EndEvent", "BoundaryEvent", "IntermediateCatchEvent",
            "SequenceFlow");

    /** bpmn-js's English texts (its translation keys) to our bundle keys. */
    private static final Map<String, String> BPMN_JS_LABELS = Map.ofEntries(
            Map.entry("Create user task", "createUserTask"),
            Map.entry("Create service task", "createServiceTask"),
            Map.entry("Create start event", "createStartEvent"),
            Map.entry("Create end event", "createEndEvent"),
            Map.entry("Create gateway", "createGateway"),
            Map.entry("Activate hand tool", "handTool"),
            Map.entry("Activate lasso tool", "lassoTool"),
            Map.entry("Activate create/remove space tool", "spaceTool"),
            Map.entry("Activate global connect tool", "connectTool"),
            Map.entry("Append task", "appendTask"),
            Map.entry("Append end event", "appendEndEvent"),
            Map.entry("Append gateway", "appendGateway"),
            Map.entry("Connect using sequence flow", "connect"),
            Map.entry("Delete", "delete"),
            Map.entry("Change element", "changeElement"));

    public String getProcessKey() {
        return processKey;
    }

    public void setProcessKey(String processKey) {
        this.processKey = processKey;
    }

    public String getVersionId() {
        return versionId;
    }

    public void setVersionId(String versionId) {
        this.versionId = versionId;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    /** The dossier of the instance shown, when the page was opened on one. */
    public String getInstanceNumber() {
        return instanceNumber;
    }

    /** The steps the instance stands at, as a JSON array of element ids. */
    public String getCurrentJson() {
        return currentJson;
    }

    public ProcessVersion getVersion() {
        return version;
    }

    public boolean isFromDraft() {
        return fromDraft;
    }

    public String getXml() {
        return xml;
    }

    public void setXml(String xml) {
        this.xml = xml;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getCatalogJson() {
        return catalogJson;
    }

    public String getLabelsJson() {
        return labelsJson;
    }
}
