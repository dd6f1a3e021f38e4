/** Emulation movements (phong trào thi đua): what units compete in, with a period, criteria and a deadline for proposals. */
package vn.tdkt.domain.movement;
