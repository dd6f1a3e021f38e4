package vn.tdkt.workflow.inbox;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision on any step's task as a client sends it (the REST API): the decision's name, a comment or reason,
 * and what the step needs besides — the council's counts, the decision's date and signer and the nominees
 * commended (the others are left out for the comment's reason). The number and the issuing body of a province's or
 * unit's decision come from the system; those of a central decision recorded by the board are sent.
 */
public record StepDecision(String decision, String comment, Integer members, Integer present, Integer agree,
        Integer disagree, Integer abstain, String decisionNumber, LocalDate decisionDate, String signer, String issuer,
        List<Long> approvedNominees) {

    public StepDecision {
        approvedNominees = approvedNominees == null ? List.of() : List.copyOf(approvedNominees);
    }
}
