/**
 * The inbox (hộp công việc): a user's open tasks read from the inbox table the engine keeps in step, with filters,
 * counts, paging in the database, and the actions on tasks themselves (claim, unclaim, delegate, bulk approval,
 * and completing any step's task with a named decision, {@link vn.tdkt.workflow.inbox.StepDecisions}). It sits
 * above the steps' use cases (proposal, board), which know nothing of it.
 */
package vn.tdkt.workflow.inbox;
