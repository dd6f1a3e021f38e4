/**
 * Signing in safely (đăng nhập): how failed attempts per account name and per client address are throttled and
 * locked out, the personal API tokens of the REST API, and the security log that records lockouts, unlocks and
 * tokens for administrators.
 */
package vn.tdkt.domain.signin;
