/**
 * Signing in (đăng nhập) as the pages and the REST API do it: the password checked with the same work for every
 * name, failed attempts throttled per account name and per client address, a bounded number of password hashes at
 * once, verified HTTP Basic credentials remembered briefly, personal API tokens, and the security log.
 */
package vn.tdkt.workflow.signin;
