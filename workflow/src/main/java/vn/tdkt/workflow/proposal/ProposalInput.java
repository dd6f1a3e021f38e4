package vn.tdkt.workflow.proposal;

/** What the clerk typed into the proposal form, before any normalisation or check. */
public record ProposalInput(String nomineeName, String nomineePosition, Long titleId, String achievementSummary) {
}
