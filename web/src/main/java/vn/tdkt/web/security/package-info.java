/** Sign-in (Jakarta Security form authentication against our user table) and the acting user of a request. */
package vn.tdkt.web.security;
