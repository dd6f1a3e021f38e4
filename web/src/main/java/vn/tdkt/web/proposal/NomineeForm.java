package vn.tdkt.web.proposal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.organisation.Gender;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.workflow.proposal.NomineeInput;

/**
 * One nominee as the dossier form holds it between requests: editable fields with getters and setters (Faces
 * binds to properties; records are not read by EL 5).
 */
public class NomineeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private NomineeKind kind = NomineeKind.INDIVIDUAL;
    private String name;
    private String details;
    private Gender gender;
    private LocalDate birthDate;
    private Long titleId;
    private String report;
    private List<Long> initiativeIds = new ArrayList<>();

    static NomineeForm of(ProposalNominee nominee) {
        NomineeForm form = new NomineeForm();
        form.kind = nominee.getKind();
        form.name = nominee.getName();
        form.details = nominee.getDetails();
        form.gender = nominee.getGender();
        form.birthDate = nominee.getBirthDate();
        form.titleId = nominee.getTitle().getId();
        form.report = nominee.getAchievementReport();
        form.initiativeIds = new ArrayList<>(nominee.getInitiatives().stream().map(Initiative::getId).toList());
        return form;
    }

    NomineeForm copy() {
        NomineeForm copy = new NomineeForm();
        copy.kind = kind;
        copy.name = name;
        copy.details = details;
        copy.gender = gender;
        copy.birthDate = birthDate;
        copy.titleId = titleId;
        copy.report = report;
        copy.initiativeIds = new ArrayList<>(initiativeIds);
        return copy;
    }

    NomineeInput toInput() {
        return new NomineeInput(kind, name, details, gender, birthDate, titleId, report, initiativeIds);
    }

    public NomineeKind getKind() {
        return kind;
    }

    public void setKind(NomineeKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public List<Long> getInitiativeIds() {
        return initiativeIds;
    }

    public void setInitiativeIds(List<Long> initiativeIds) {
        this.initiativeIds = initiativeIds == null ? new ArrayList<>() : new ArrayList<>(initiativeIds);
    }
}
