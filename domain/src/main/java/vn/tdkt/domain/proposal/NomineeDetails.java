package vn.tdkt.domain.proposal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Gender;
import vn.tdkt.domain.organisation.Person;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * What the clerk states about one nominee (đối tượng đề nghị): kind, name, position or address, the proposed
 * title or form and the achievement report, optionally linked to a person of the unit and the initiatives cited.
 * Only {@link #of} creates one, so a value is always valid.
 */
public record NomineeDetails(NomineeKind kind, Person person, String name, String details, Gender gender,
        LocalDate birthDate, Title title, String achievementReport, Set<Initiative> initiatives) {

    public static final int MAX_NAME = 200;
    public static final int MAX_DETAILS = 300;
    public static final int MAX_REPORT = 8000;

    public NomineeDetails {
        initiatives = Set.copyOf(initiatives);
    }

    /**
     * Validates and normalises what was typed; errors name the field. An individual needs a position
     * (chức vụ, đơn vị công tác); the title must be active and meant for the kind of nominee.
     */
    public static NomineeDetails of(NomineeKind kind, Person person, String name, String details, Gender gender,
            LocalDate birthDate, Title title, String achievementReport, Set<Initiative> initiatives,
            LocalDate today) {
        if (kind == null) {
            throw DomainException.invalid("nomineeKind", "validation.required");
        }
        String cleanName = Texts.required("nomineeName", name, MAX_NAME, false);
        String cleanDetails = kind == NomineeKind.INDIVIDUAL
                ? Texts.required("nomineeDetails", details, MAX_DETAILS, false)
                : optional("nomineeDetails", details);
        if (birthDate != null && (birthDate.isAfter(today) || birthDate.getYear() < 1900)) {
            throw DomainException.invalid("birthDate", "validation.date.invalid");
        }
        if (title == null || !title.isActive()) {
            throw DomainException.invalid("title", "validation.required");
        }
        if (!title.allows(kind)) {
            throw DomainException.invalid("title", "proposal.error.titleNotForKind", title.getNameVi());
        }
        String report = Texts.required("report", achievementReport, MAX_REPORT, true);
        boolean individual = kind == NomineeKind.INDIVIDUAL;
        return new NomineeDetails(kind, individual ? person : null, cleanName, cleanDetails,
                individual ? gender : null, individual ? birthDate : null, title, report,
                initiatives == null ? Set.of() : initiatives);
    }

    private static String optional(String field, String text) {
        String value = Texts.normalise(text);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > MAX_DETAILS) {
            throw DomainException.invalid(field, "validation.tooLong", MAX_DETAILS);
        }
        return value;
    }

    /** The same nominee with the register's person linked (matched by the application from name and birth date). */
    public NomineeDetails linkedTo(Person matched) {
        if (kind != NomineeKind.INDIVIDUAL) {
            return this;
        }
        return new NomineeDetails(kind, matched, name, details, gender, birthDate, title, achievementReport,
                initiatives);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NomineeDetails d && kind == d.kind && Objects.equals(person, d.person)
                && name.equals(d.name) && Objects.equals(details, d.details) && gender == d.gender
                && Objects.equals(birthDate, d.birthDate) && title.equals(d.title)
                && achievementReport.equals(d.achievementReport) && initiatives.equals(d.initiatives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, title);
    }
}
