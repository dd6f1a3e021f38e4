/** The inbox of open tasks and the unit head's review of one task. */
package vn.tdkt.web.inbox;
