/**
 * Notifications (thông báo): what a user is told when work reaches them or a decision concerns them, kept until
 * they read it; e-mail copies are sent from the workflow module.
 */
package vn.tdkt.domain.notification;
