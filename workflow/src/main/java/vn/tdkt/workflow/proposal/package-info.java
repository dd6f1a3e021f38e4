/**
 * Use cases of a commendation proposal: the clerk drafts and submits (which starts process
 * {@code commendation-proposal}), the unit head approves or returns it from the inbox, the clerk resubmits.
 */
package vn.tdkt.workflow.proposal;
