package vn.tdkt.workflow.proposal;

import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.workflow.engine.ProcessKeys.Decision;

/**
 * The unit head approved ({@link Decision#APPROVE}) or rejected ({@link Decision#REJECT}) a proposal, inside the
 * transaction of the decision; a return fires none, the revision task it opens announces itself. An event rather
 * than a call, so that the proposal's use cases need not know who listens (the notifier), and the notification
 * package may depend on proposals without a cycle.
 */
public record UnitHeadDecided(Proposal proposal, Decision decision) {
}
