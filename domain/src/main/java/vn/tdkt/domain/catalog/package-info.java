/** The catalog of emulation titles and commendation forms (danh hiệu thi đua, hình thức khen thưởng). */
package vn.tdkt.domain.catalog;
