package vn.tdkt.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import vn.tdkt.domain.shared.Texts;

/** The individual proposed for the title (cá nhân được đề nghị): full name and position in the unit. */
@Embeddable
public class Nominee {

    public static final int MAX_NAME = 200;
    public static final int MAX_POSITION = 200;

    @Column(name = "nominee_full_name", nullable = false, length = MAX_NAME)
    private String fullName;

    @Column(name = "nominee_position", nullable = false, length = MAX_POSITION)
    private String position;

    protected Nominee() {
    }

    private Nominee(String fullName, String position) {
        this.fullName = fullName;
        this.position = position;
    }

    /** A nominee from what the clerk typed: whitespace normalised, both fields required and bounded. */
    public static Nominee of(String fullName, String position) {
        return new Nominee(Texts.required("nomineeName", fullName, MAX_NAME, false),
                Texts.required("nomineePosition", position, MAX_POSITION, false));
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nominee n && Objects.equals(fullName, n.fullName)
                && Objects.equals(position, n.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fullName, position);
    }
}
