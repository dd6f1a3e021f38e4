package vn.tdkt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.consistency.ConsistencyCheck;
import vn.tdkt.workflow.consistency.Inconsistency;

/** Backing bean of {@code admin/consistency.xhtml}: runs the consistency check on request and lists what it found. */
@Named
@ViewScoped
public class ConsistencyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsistencyCheck check;

    @Inject
    CurrentUser currentUser;

    private List<Inconsistency> found;
    private LocalDateTime checkedAt;

    public void run() {
        found = check.run(currentUser.actor());
        checkedAt = LocalDateTime.now();
    }

    public List<Inconsistency> getFound() {
        return found;
    }

    public LocalDateTime getCheckedAt() {
        return checkedAt;
    }
}
