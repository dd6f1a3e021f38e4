package vn.tdkt.workflow.spreadsheet;

import java.time.LocalDate;
import java.util.Objects;
import vn.tdkt.domain.catalog.NomineeKind;

/**
 * One valid row of an uploaded nominee list (một dòng của danh sách đề nghị), normalised (NFC, single spaces)
 * and checked against the catalog.
 *
 * @param rowNumber          the row number Excel shows (the header is row 1)
 * @param position           position and unit for a person, address for a household, description for an
 *                           initiative; {@code null} when left empty (allowed except for a person)
 * @param gender             {@link #MALE}, {@link #FEMALE} or {@code null}; only a person has one
 * @param birthDate          {@code null} when left empty; only a person has one
 * @param titleCode          the catalog code, also when the cell held the title's name
 * @param achievementSummary may span several lines
 */
public record NomineeRow(int rowNumber, NomineeKind kind, String name, String position, String gender,
        LocalDate birthDate, String titleCode, String achievementSummary) {

    public static final String MALE = "NAM";
    public static final String FEMALE = "NU";

    public NomineeRow {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        Objects.requireNonNull(titleCode);
        Objects.requireNonNull(achievementSummary);
    }
}
