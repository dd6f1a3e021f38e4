/** The emulation and commendation council's secret ballot (bỏ phiếu kín của Hội đồng TĐKT): counts, quorum, threshold. */
package vn.tdkt.domain.council;
