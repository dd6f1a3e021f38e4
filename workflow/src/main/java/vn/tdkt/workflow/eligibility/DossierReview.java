package vn.tdkt.workflow.eligibility;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.tdkt.domain.eligibility.Finding;

/**
 * The rules' verdict on a dossier for the clerk: the rule set applied, its findings, and the checklist of files
 * the chosen titles require, ticked for the kinds already attached.
 */
public final class DossierReview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String ruleSetName;
    private final List<Finding> findings;
    private final List<RequiredFile> checklist;

    DossierReview(String ruleSetName, List<Finding> findings, Map<String, ? extends Collection<String>> required,
            Set<String> attachedKinds) {
        this.ruleSetName = ruleSetName;
        this.findings = List.copyOf(findings);
        this.checklist = new TreeMap<>(required).entrySet().stream()
                .map(e -> new RequiredFile(e.getKey(), List.copyOf(e.getValue()), attachedKinds.contains(e.getKey())))
                .collect(Collectors.toList());
    }

    public String getRuleSetName() {
        return ruleSetName;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public List<Finding> getErrors() {
        return findings.stream().filter(Finding::blocks).toList();
    }

    public List<Finding> getWarnings() {
        return findings.stream().filter(f -> !f.blocks()).toList();
    }

    public boolean isBlocked() {
        return findings.stream().anyMatch(Finding::blocks);
    }

    public List<RequiredFile> getChecklist() {
        return checklist;
    }

    /** One line of the checklist: a kind of file, the title codes that need it, whether one is attached. */
    public static final class RequiredFile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String kind;
        private final List<String> titleCodes;
        private final boolean present;

        RequiredFile(String kind, List<String> titleCodes, boolean present) {
            this.kind = kind;
            this.titleCodes = titleCodes;
            this.present = present;
        }

        public String getKind() {
            return kind;
        }

        public List<String> getTitleCodes() {
            return titleCodes;
        }

        public boolean isPresent() {
            return present;
        }
    }
}
