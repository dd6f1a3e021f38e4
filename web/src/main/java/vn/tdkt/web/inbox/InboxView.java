package vn.tdkt.web.inbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.proposal.Inbox;
import vn.tdkt.workflow.proposal.InboxItem;

/** Backing bean of {@code inbox.xhtml}: the user's open tasks, newest first. */
@Named
@RequestScoped
public class InboxView {

    @Inject
    Inbox inbox;

    @Inject
    CurrentUser currentUser;

    private List<InboxItem> items;

    @PostConstruct
    void init() {
        items = inbox.of(currentUser.actor());
    }

    public List<InboxItem> getItems() {
        return items;
    }

    /** Where a row leads: the review page for the unit head, the form for a returned proposal. */
    public String outcome(InboxItem item) {
        return item.isClerkStep() ? "/app/proposal-edit.xhtml" : "/app/task.xhtml";
    }
}
