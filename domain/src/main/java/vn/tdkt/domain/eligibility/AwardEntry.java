package vn.tdkt.domain.eligibility;

import java.util.Objects;

/**
 * One line of a person's award history from the register (sổ khen thưởng): the title's code, the year it was
 * awarded for and, when the register has it, the number of the decision (số quyết định, e.g. 123/QĐ-UBND) that
 * a finding cites as evidence.
 */
public record AwardEntry(int year, String titleCode, String decisionNumber) {

    public AwardEntry {
        Objects.requireNonNull(titleCode);
    }

    /** A line whose decision number the register does not hold (older entries were recorded without it). */
    public AwardEntry(int year, String titleCode) {
        this(year, titleCode, null);
    }
}
