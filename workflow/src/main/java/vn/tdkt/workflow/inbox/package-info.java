/**
 * The inbox (hộp công việc): a user's open tasks read from the inbox table the engine keeps in step, with filters,
 * counts, paging in the database, and the actions on tasks themselves (claim, unclaim, delegate, bulk approval).
 */
package vn.tdkt.workflow.inbox;
