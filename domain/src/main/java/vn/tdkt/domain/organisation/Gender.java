package vn.tdkt.domain.organisation;

/** Recorded because the law gives women priority when candidates are otherwise equal (Decree 98/2023, art. 4). */
public enum Gender {
    MALE, FEMALE
}
