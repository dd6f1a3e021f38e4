package vn.tdkt.domain.eligibility;

import java.util.Objects;

/** One line of a person's award history from the register: the title's code and the year it was awarded for. */
public record AwardEntry(int year, String titleCode) {

    public AwardEntry {
        Objects.requireNonNull(titleCode);
    }
}
