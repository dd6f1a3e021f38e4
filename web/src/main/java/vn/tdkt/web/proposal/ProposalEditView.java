package vn.tdkt.web.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.eligibility.Finding;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.organisation.Gender;
import vn.tdkt.domain.proposal.Attachment;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.eligibility.DossierReview;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.DossierAttachments;
import vn.tdkt.workflow.proposal.ImportOutcome;
import vn.tdkt.workflow.proposal.NomineeImports;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;

/**
 * Backing bean of {@code proposal-edit.xhtml}: the clerk builds a dossier (year, type, movement, nominees),
 * saves it, attaches files, sees what the rules find, and submits (or resubmits) it to the unit head.
 */
@Named
@ViewScoped
public class ProposalEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    DossierAttachments attachmentService;

    @Inject
    NomineeImports imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    /** The {@code id} view parameter as typed; empty for a new proposal. */
    private String idParam;
    private Long id;
    private String number;
    private String returnReason;
    private boolean returned;
    private boolean editable = true;

    private Integer achievementYear;
    private CommendationType commendationType = CommendationType.MERIT;
    private Long movementId;
    private List<NomineeForm> nominees = new ArrayList<>();

    /** The nominee being added or changed, and its position in the list ({@code -1} for a new one). */
    private NomineeForm editing = new NomineeForm();
    private int editingIndex = -1;

    private List<Title> titles;
    private List<Movement> movements;
    private List<Initiative> initiatives;
    private List<Attachment> attachments = List.of();
    private DossierReview review;
    private boolean acknowledgeWarnings;

    private NomineeImports.Mode importMode = NomineeImports.Mode.ALL_OR_NOTHING;
    private ImportOutcome importOutcome;

    private AttachmentKind uploadKind;
    private transient UploadedFile upload;

    /** Loads the proposal named by the view parameter; an id the clerk may not see shows "not found". */
    public void load() {
        titles = clerkProposals.titles();
        movements = clerkProposals.movements();
        initiatives = clerkProposals.initiativesOfMyUnit(currentUser.actor());
        if (idParam == null || idParam.isBlank()) {
            achievementYear = Year.now(BusinessClock.ZONE).getValue();
            return;
        }
        id = ProposalIdParam.parse(idParam);
        try {
            reload();
        } catch (DomainException e) {
            id = null;
            editable = false;
            messages.error(e);
        }
    }

    private void reload() {
        if (id == null) {
            throw new DomainException("proposal.error.notFound");
        }
        Proposal proposal = clerkProposals.read(currentUser.actor(), id);
        number = proposal.getNumber();
        achievementYear = proposal.getAchievementYear();
        commendationType = proposal.getCommendationType();
        movementId = proposal.getMovement() == null ? null : proposal.getMovement().getId();
        nominees = new ArrayList<>(proposal.getNominees().stream().map(NomineeForm::of).toList());
        attachments = List.copyOf(proposal.getAttachments());
        returnReason = proposal.getReturnReason();
        returned = proposal.getStatus() == ProposalStatus.RETURNED
                || proposal.getStatus() == ProposalStatus.RETURNED_FOR_SUPPLEMENT;
        editable = proposal.getStatus().editable();
        review = editable ? clerkProposals.review(currentUser.actor(), id) : null;
    }

    /** Starts a new nominee in the nominee panel. */
    public void newNominee() {
        editing = new NomineeForm();
        editingIndex = -1;
    }

    /** Opens a listed nominee in the nominee panel. */
    public void editNominee(int index) {
        editing = nominees.get(index).copy();
        editingIndex = index;
    }

    /** Checks the nominee in the panel and puts it into the list (the dossier is stored on Save). */
    public void applyNominee() {
        try {
            clerkProposals.checkNominee(currentUser.actor(), editing.toInput());
            if (editingIndex < 0) {
                nominees.add(editing);
            } else {
                nominees.set(editingIndex, editing);
            }
            newNominee();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void removeNominee(int index) {
        nominees.remove(index);
        if (editingIndex == index) {
            newNominee();
        }
    }

    /** Saves the draft, then shows what the rules find. */
    public synchronized void save() {
        try {
            persist();
            messages.info("proposal.saved", number);
            navigation.redirect("/app/proposal-edit.xhtml?id=" + id);
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /**
     * Saves, then sends the proposal to the unit head (or back to them after a return). Synchronized with
     * {@link #save()}: a double click posts twice to this one view bean, and the second post must see the
     * first one's proposal (and be refused as already submitted) rather than create another.
     */
    public synchronized void submit() {
        try {
            if (returned) {
                clerkProposals.resubmit(currentUser.actor(), id, input(), acknowledgeWarnings);
                messages.info("proposal.resubmitted", number);
            } else {
                persist();
                clerkProposals.submit(currentUser.actor(), id, acknowledgeWarnings);
                messages.info("proposal.submitted", number);
            }
            navigation.redirect("/app/proposal.xhtml?id=" + id);
        } catch (DomainException e) {
            messages.error(e);
            if (id != null) {
                review = clerkProposals.review(currentUser.actor(), id);
            }
        }
    }

    /** Stores an uploaded file under the chosen kind; the bytes are checked on the server, not by the browser. */
    public void uploadAttachment() {
        if (upload == null || upload.getSize() == 0) {
            messages.error(new DomainException("attachment.error.empty"));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            attachmentService.add(currentUser.actor(), id, uploadKind, upload.getFileName(), in.readAllBytes());
            messages.info("attachment.added", upload.getFileName());
            navigation.redirect("/app/proposal-edit.xhtml?id=" + id);
        } catch (DomainException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error(new DomainException("attachment.error.unreadable"));
        }
    }

    /**
     * Imports an uploaded nominee list into the saved dossier in the chosen mode; shows what was added and every
     * problem by row and column. The page's list is reloaded from what was stored.
     */
    public void importNominees(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            importOutcome = imports.importInto(currentUser.actor(), id, in.readAllBytes(), importMode);
            reload();
            if (importOutcome.getImported() > 0) {
                messages.info("import.done", String.valueOf(importOutcome.getImported()));
            } else {
                messages.error(null, "import.nothing");
            }
        } catch (DomainException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error(new DomainException("attachment.error.unreadable"));
        }
    }

    /** An import problem in the user's language: where it is, and what is wrong. */
    public String issueText(ImportOutcome.Issue issue) {
        String text = messages.text(issue.getMessageKey(), issue.getArguments().toArray());
        return issue.getDetailKey() == null ? text
                : text + " " + messages.text(issue.getDetailKey(), issue.getDetailArguments().toArray());
    }

    public NomineeImports.Mode getImportMode() {
        return importMode;
    }

    public void setImportMode(NomineeImports.Mode importMode) {
        this.importMode = importMode;
    }

    public NomineeImports.Mode[] getImportModes() {
        return NomineeImports.Mode.values();
    }

    public ImportOutcome getImportOutcome() {
        return importOutcome;
    }

    public void removeAttachment(long attachmentId) {
        try {
            attachmentService.remove(currentUser.actor(), id, attachmentId);
            reload();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    private void persist() {
        if (id == null) {
            id = clerkProposals.createDraft(currentUser.actor(), input());
            number = clerkProposals.read(currentUser.actor(), id).getNumber();
        } else {
            clerkProposals.update(currentUser.actor(), id, input());
        }
    }

    private ProposalInput input() {
        List<NomineeInput> list = nominees.stream().map(NomineeForm::toInput).toList();
        return new ProposalInput(achievementYear, commendationType, movementId, list);
    }

    /** A finding in the user's language, naming the rule and the evidence. */
    public String findingText(Finding finding) {
        return messages.text(finding.messageKey(), finding.arguments().toArray());
    }

    /** The titles' names for a list of codes (the checklist says which titles need a file). */
    public String titleNames(List<String> codes) {
        Map<String, Title> byCode = titles.stream().collect(Collectors.toMap(Title::getCode, Function.identity()));
        return codes.stream().map(code -> byCode.containsKey(code) ? byCode.get(code).getNameVi() : code)
                .collect(Collectors.joining(", "));
    }

    public String titleName(Long titleId) {
        return titles.stream().filter(t -> t.getId().equals(titleId)).findFirst().map(Title::getNameVi).orElse("");
    }

    public boolean isSaved() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getNumber() {
        return number;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public boolean isReturned() {
        return returned;
    }

    public boolean isEditable() {
        return editable;
    }

    public Integer getAchievementYear() {
        return achievementYear;
    }

    public void setAchievementYear(Integer achievementYear) {
        this.achievementYear = achievementYear;
    }

    public CommendationType getCommendationType() {
        return commendationType;
    }

    public void setCommendationType(CommendationType commendationType) {
        this.commendationType = commendationType;
    }

    public Long getMovementId() {
        return movementId;
    }

    public void setMovementId(Long movementId) {
        this.movementId = movementId;
    }

    public List<NomineeForm> getNominees() {
        return nominees;
    }

    public NomineeForm getEditing() {
        return editing;
    }

    public boolean isEditingExisting() {
        return editingIndex >= 0;
    }

    public List<Title> getTitles() {
        return titles;
    }

    public List<Movement> getMovements() {
        return movements;
    }

    public List<Initiative> getInitiatives() {
        return initiatives;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public DossierReview getReview() {
        return review;
    }

    public boolean isAcknowledgeWarnings() {
        return acknowledgeWarnings;
    }

    public void setAcknowledgeWarnings(boolean acknowledgeWarnings) {
        this.acknowledgeWarnings = acknowledgeWarnings;
    }

    public AttachmentKind getUploadKind() {
        return uploadKind;
    }

    public void setUploadKind(AttachmentKind uploadKind) {
        this.uploadKind = uploadKind;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public CommendationType[] getCommendationTypes() {
        return CommendationType.values();
    }

    public NomineeKind[] getNomineeKinds() {
        return NomineeKind.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public AttachmentKind[] getAttachmentKinds() {
        return AttachmentKind.values();
    }
}
