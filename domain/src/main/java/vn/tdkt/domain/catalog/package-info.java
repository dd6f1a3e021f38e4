/**
 * The catalog of emulation titles and commendation forms (danh hiệu thi đua, hình thức khen thưởng), and the kinds
 * of nominee ({@link vn.tdkt.domain.catalog.NomineeKind}) each is for: proposals, registrations and the award
 * register all speak of those kinds, so they live with the titles rather than with any one of them.
 */
package vn.tdkt.domain.catalog;
