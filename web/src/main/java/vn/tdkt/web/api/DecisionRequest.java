package vn.tdkt.web.api;

import java.util.List;

/**
 * A decision on a task as posted: the decision's name (which ones exist depends on the task's step, e.g.
 * {@code APPROVE}, {@code RETURN}, {@code REJECT} for the unit head), a comment (the reason, required for a return
 * or refusal, and for a decision the reason of the nominees left out), and what some steps need besides: the
 * council's counts, the decision's date ({@code yyyy-MM-dd}), signer and the nominees commended. The number and
 * issuer are sent only for a central decision the board records; the province's and units' are issued. A class with public fields so that JSON-B
 * fills it without a constructor.
 */
public class DecisionRequest {

    public String decision;
    public String comment;
    public Integer members;
    public Integer present;
    public Integer agree;
    public Integer disagree;
    public Integer abstain;
    public String decisionNumber;
    public String decisionDate;
    public String signer;
    public String issuer;
    public List<Long> approvedNominees;
}
