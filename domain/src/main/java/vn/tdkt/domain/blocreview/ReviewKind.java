package vn.tdkt.domain.blocreview;

/** Which review of the bloc's year: the 6-month review (sơ kết) or the year-end review (tổng kết). */
public enum ReviewKind {
    MID_YEAR, YEAR_END
}
