package vn.tdkt.workflow.paper;

import java.util.List;

/** The nominees proposed for one award (title or form). */
public record NomineeGroup(String award, List<Nominee> nominees) {

    public NomineeGroup {
        award = Require.text(award, "nominee group award");
        nominees = Require.list(nominees, "nominees", true);
    }
}
