package vn.tdkt.domain.catalog;

/**
 * Who decides a title or form (thẩm quyền quyết định): the unit head for the unit's own titles, the provincial
 * chairman, the Prime Minister, or the President. Titles the unit head decides end at the unit.
 */
public enum Authority {
    UNIT_HEAD, PROVINCE_CHAIRMAN, PRIME_MINISTER, PRESIDENT
}
