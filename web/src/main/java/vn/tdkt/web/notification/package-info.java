/** The notification bell (thông báo) in the menu bar of every page. */
package vn.tdkt.web.notification;
