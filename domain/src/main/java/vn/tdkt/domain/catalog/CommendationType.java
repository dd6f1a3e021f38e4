package vn.tdkt.domain.catalog;

/**
 * The type of a commendation (loại hình khen thưởng): for merit over a period (công trạng), ad hoc (đột xuất),
 * thematic (chuyên đề), for a career (cống hiến), for seniority (niên hạn) or foreign (đối ngoại). Ad-hoc and
 * thematic awards are no basis for later merit proposals (Decree 98/2023, art. 4).
 */
public enum CommendationType {
    MERIT, AD_HOC, THEMATIC, CAREER, SENIORITY, FOREIGN
}
