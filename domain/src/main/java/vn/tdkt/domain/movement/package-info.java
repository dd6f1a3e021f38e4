/**
 * Emulation movements (phong trào thi đua): what units compete in, with a plan, a period, criteria and deadlines;
 * and the titles each unit registers to aim for in one (đăng ký danh hiệu).
 */
package vn.tdkt.domain.movement;
