/**
 * The REST API (giao diện lập trình) under {@code /api/v1}: JSON views of the caller's proposals and tasks and the
 * unit head's decision, calling the same workflow services as the pages; every error is
 * {@code application/problem+json}.
 */
package vn.tdkt.web.api;
