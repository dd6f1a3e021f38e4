/**
 * Notifications (thông báo): who is told what when a proposal moves — written in the transaction of the action,
 * mailed after it commits — and the reading of them under the bell.
 */
package vn.tdkt.workflow.notification;
