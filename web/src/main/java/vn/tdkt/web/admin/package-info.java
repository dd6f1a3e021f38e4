/** Administration pages (role ADMIN): users and units. */
package vn.tdkt.web.admin;
