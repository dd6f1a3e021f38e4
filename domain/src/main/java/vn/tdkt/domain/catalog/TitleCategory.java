package vn.tdkt.domain.catalog;

/** An emulation title (danh hiệu thi đua, e.g. Chiến sĩ thi đua cơ sở) or a commendation form (hình thức khen thưởng, e.g. Bằng khen). */
public enum TitleCategory {
    TITLE, FORM
}
