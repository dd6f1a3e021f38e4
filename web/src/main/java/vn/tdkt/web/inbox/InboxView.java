package vn.tdkt.web.inbox;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.inbox.BulkApproval;
import vn.tdkt.workflow.inbox.BulkOutcome;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.inbox.InboxCounts;
import vn.tdkt.workflow.inbox.InboxFilter;
import vn.tdkt.workflow.inbox.InboxFilters;
import vn.tdkt.workflow.inbox.InboxItem;
import vn.tdkt.workflow.inbox.InboxSort;
import vn.tdkt.workflow.inbox.QuickFilter;
import vn.tdkt.workflow.inbox.TaskAssignments;
import vn.tdkt.workflow.notification.NotificationLinks;
import vn.tdkt.workflow.proposal.ClerkProposals;

/**
 * Backing bean of {@code inbox.xhtml}: the user's open tasks paged from the database, the filter bar with the
 * quick filters' counts (the last filter restored on opening), taking, giving back and handing over a task, and
 * approving several simple tasks at once.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    @Inject
    TaskAssignments assignments;

    @Inject
    BulkApproval bulkApproval;

    @Inject
    InboxFilters filters;

    @Inject
    ClerkProposals catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private InboxFilter filter;
    private InboxTasks tasks;
    private List<InboxItem> selected = new ArrayList<>();
    private Map<String, String> units;
    private List<Title> titles;
    private List<Movement> movements;
    private Map<String, InboxFilter> savedFilters;
    private String savedFilterName;
    private String newFilterName;
    private InboxItem delegated;
    private List<UserAccount> delegateTargets = List.of();
    private String delegateTo;
    /** The counts are read once per request, whichever of the badges and the table asks first. */
    private InboxCounts counts;
    private transient Object countsRequest;

    @PostConstruct
    void init() {
        filter = filters.last(actor());
        tasks = new InboxTasks(this);
        units = inbox.units(actor());
        titles = catalog.titles();
        movements = catalog.movements();
        savedFilters = filters.named(actor());
    }

    Inbox inbox() {
        return inbox;
    }

    Actor actor() {
        return currentUser.actor();
    }

    /** Applies the filter bar and remembers it as the user's last filter. */
    public void applyFilter() {
        filters.remember(actor(), filter);
        selected = new ArrayList<>();
        recount();
    }

    public void quick(QuickFilter quick) {
        filter.setQuick(quick);
        applyFilter();
    }

    public void clearFilter() {
        filter = InboxFilter.all();
        applyFilter();
    }

    public void useSavedFilter() {
        InboxFilter saved = savedFilterName == null ? null : savedFilters.get(savedFilterName);
        if (saved != null) {
            filter = saved.copy();
            applyFilter();
        }
    }

    public void saveFilter() {
        try {
            filters.save(actor(), newFilterName, filter);
            savedFilters = filters.named(actor());
            messages.info("inbox.filter.savedOk", newFilterName.strip());
            newFilterName = null;
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void claim(InboxItem item) {
        act(() -> assignments.claim(actor(), item.getTaskId()), "inbox.claimed", item.getProposalNumber());
    }

    public void unclaim(InboxItem item) {
        act(() -> assignments.unclaim(actor(), item.getTaskId()), "inbox.unclaimed", item.getProposalNumber());
    }

    /** Opens the hand-over dialog for the row: the colleagues who hold the task's role in its unit. */
    public void prepareDelegate(InboxItem item) {
        delegated = item;
        delegateTo = null;
        try {
            delegateTargets = assignments.delegateTargets(actor(), item.getTaskId());
        } catch (DomainException e) {
            delegateTargets = List.of();
            messages.error(e);
        }
    }

    public void delegate() {
        if (delegated == null) {
            return;
        }
        String number = delegated.getProposalNumber();
        String target = delegateTo;
        act(() -> assignments.delegate(actor(), delegated.getTaskId(), target), "inbox.delegated", number,
                target);
    }

    /** Approves the selected rows one by one; reports how many passed and why each other one did not. */
    public void approveSelected() {
        if (selected == null || selected.isEmpty()) {
            messages.error(null, "inbox.bulk.none");
            return;
        }
        BulkOutcome outcome = bulkApproval.approve(actor(), List.copyOf(selected));
        recount();
        if (outcome.getApproved() > 0) {
            messages.info("inbox.bulk.done", outcome.getApproved());
        }
        for (BulkOutcome.Failure failure : outcome.getFailures()) {
            messages.error(null, "inbox.bulk.failed", failure.proposalNumber(),
                    messages.text(failure.messageKey(), failure.arguments().toArray()));
        }
        selected = new ArrayList<>();
    }

    private void act(Runnable action, String doneKey, Object... arguments) {
        recount();
        try {
            action.run();
            messages.info(doneKey, arguments);
        } catch (DomainException e) {
            messages.error(null, e.messageKey(), e.arguments());
        }
    }

    /**
     * Where a row leads, within the application: the clerk's revision and supplement are done on the dossier form;
     * every other step on the task page.
     */
    public String link(InboxItem item) {
        if (item.isBlocReview()) {
            // A bloc review's task (no dossier yet): its page has the head's forms.
            return NotificationLinks.blocReview(item.getBlocReviewId());
        }
        if (item.isDossierEdit()) {
            return "/app/proposal-edit.xhtml?id=" + item.getProposalId();
        }
        return "/app/task.xhtml?task=" + URLEncoder.encode(item.getTaskId(), StandardCharsets.UTF_8);
    }

    /** The step's label, or the diagram's name of a step an administrator added. */
    public String stepLabel(InboxItem item) {
        return messages.step(item.getTaskKey(), item.getTaskName());
    }

    public InboxCounts getCounts() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (counts == null || request != countsRequest) {
            counts = inbox.counts(actor(), filter);
            countsRequest = request;
        }
        return counts;
    }

    /** After an action the counts of this request are stale. */
    private void recount() {
        countsRequest = null;
    }

    public QuickFilter[] getQuickFilters() {
        return QuickFilter.values();
    }

    public InboxSort[] getSorts() {
        return InboxSort.values();
    }

    public InboxTasks getTasks() {
        return tasks;
    }

    public InboxFilter getFilter() {
        return filter;
    }

    public List<InboxItem> getSelected() {
        return selected;
    }

    public void setSelected(List<InboxItem> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public Map<String, String> getUnits() {
        return units;
    }

    public List<Title> getTitles() {
        return titles;
    }

    public List<Movement> getMovements() {
        return movements;
    }

    public List<String> getSavedFilterNames() {
        return List.copyOf(savedFilters.keySet());
    }

    public String getSavedFilterName() {
        return savedFilterName;
    }

    public void setSavedFilterName(String savedFilterName) {
        this.savedFilterName = savedFilterName;
    }

    public String getNewFilterName() {
        return newFilterName;
    }

    public void setNewFilterName(String newFilterName) {
        this.newFilterName = newFilterName;
    }

    public InboxItem getDelegated() {
        return delegated;
    }

    public List<UserAccount> getDelegateTargets() {
        return delegateTargets;
    }

    public String getDelegateTo() {
        return delegateTo;
    }

    public void setDelegateTo(String delegateTo) {
        this.delegateTo = delegateTo;
    }

    public String getUsername() {
        return actor().username();
    }
}
