package vn.tdkt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.design.DeployOutcome;
import vn.tdkt.workflow.design.DiagramProblem;
import vn.tdkt.workflow.design.InstanceMigrations;
import vn.tdkt.workflow.design.MigrationCandidate;
import vn.tdkt.workflow.design.ProcessDesigns;
import vn.tdkt.workflow.design.ProcessVersion;

/**
 * Backing bean of {@code admin/processes.xhtml}: every version of every process with its author, note and running
 * instances, and a {@code .bpmn} file checked, then deployed as the next version only if nothing is wrong with it.
 */
@Named
@ViewScoped
public class ProcessesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProcessDesigns designs;

    @Inject
    InstanceMigrations migrations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<ProcessVersion> versions;
    private transient UploadedFile upload;
    private String note;
    private final List<String> problems = new ArrayList<>();
    private ProcessVersion migrationSource;
    private ProcessVersion migrationTarget;
    private List<MigrationCandidate> candidates = List.of();
    private final Map<String, Boolean> chosen = new HashMap<>();

    public void load() {
        versions = designs.versions(currentUser.actor());
    }

    /** Checks the chosen file and lists what is wrong with it, deploying nothing. */
    public void check() {
        byte[] xml = uploaded();
        if (xml == null) {
            return;
        }
        List<DiagramProblem> found = designs.check(currentUser.actor(), xml);
        show(found);
        if (found.isEmpty()) {
            messages.info("designer.checkedOk");
        }
    }

    /** Deploys the chosen file as the next version of its process, or lists why not. */
    public void deploy() {
        byte[] xml = uploaded();
        if (xml == null) {
            return;
        }
        DeployOutcome outcome = designs.deploy(currentUser.actor(), xml, note);
        show(outcome.getProblems());
        if (outcome.isDeployed()) {
            note = null;
            load();
            messages.info("designer.deployedOk", outcome.getProcessName(), outcome.getVersion());
        }
    }

    /** Shows which running instances of an old version can move to the latest version of its process. */
    public void prepareMigration(ProcessVersion source) {
        migrationSource = source;
        migrationTarget = versions.stream().filter(v -> v.getProcessKey().equals(source.getProcessKey())
                && v.isLatest()).findFirst().orElse(null);
        chosen.clear();
        candidates = List.of();
        if (migrationTarget == null || migrationTarget.getDefinitionId().equals(source.getDefinitionId())) {
            migrationSource = null;
            return;
        }
        try {
            candidates = migrations.preview(currentUser.actor(), source.getDefinitionId(),
                    migrationTarget.getDefinitionId());
            candidates.forEach(c -> chosen.put(c.getInstanceId(), c.isMigratable()));
        } catch (DomainException e) {
            migrationSource = null;
            messages.error(e);
        }
    }

    /** Moves the chosen instances to the latest version, all together or none. */
    public void migrate() {
        if (migrationSource == null) {
            return;
        }
        List<String> ids = chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        try {
            int moved = migrations.migrate(currentUser.actor(), migrationSource.getDefinitionId(),
                    migrationTarget.getDefinitionId(), ids);
            messages.info("designer.migration.done", moved, migrationTarget.getVersion());
            migrationSource = null;
            candidates = List.of();
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void cancelMigration() {
        migrationSource = null;
        candidates = List.of();
    }

    private byte[] uploaded() {
        problems.clear();
        if (upload == null || upload.getSize() == 0) {
            messages.error("processes-form:bpmn-file", "designer.error.noFile");
            return null;
        }
        return upload.getContent();
    }

    private void show(List<DiagramProblem> found) {
        problems.clear();
        problems.addAll(DiagramMessages.show(messages, found));
    }

    public ProcessVersion getMigrationSource() {
        return migrationSource;
    }

    public ProcessVersion getMigrationTarget() {
        return migrationTarget;
    }

    public List<MigrationCandidate> getCandidates() {
        return candidates;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public List<ProcessVersion> getVersions() {
        return versions;
    }

    public List<String> getProblems() {
        return problems;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
