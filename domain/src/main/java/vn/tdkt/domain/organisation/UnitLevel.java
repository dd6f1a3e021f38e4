package vn.tdkt.domain.organisation;

/** Where a unit sits (cấp): the province itself, a provincial department or agency, or a grassroots unit. */
public enum UnitLevel {
    PROVINCE, DEPARTMENT, GRASSROOTS
}
