/** The award register page. */
package vn.tdkt.web.register;
