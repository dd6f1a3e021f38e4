package vn.tdkt.workflow.inbox;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision on any step's task as a client sends it (the REST API): the decision's name, a comment or reason,
 * and what the step needs besides — the council's counts, the decision's date and signer and the nominees
 * commended (the others are left out for the comment's reason; the number and the issuing body come from the
 * system). Fields a step does not use are ignored.
 */
public record StepDecision(String decision, String comment, Integer members, Integer present, Integer agree,
        Integer disagree, Integer abstain, LocalDate decisionDate, String signer, List<Long> approvedNominees) {

    public StepDecision {
        approvedNominees = approvedNominees == null ? List.of() : List.copyOf(approvedNominees);
    }
}
