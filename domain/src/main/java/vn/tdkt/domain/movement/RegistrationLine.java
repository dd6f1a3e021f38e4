package vn.tdkt.domain.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import vn.tdkt.domain.catalog.Title;

/** A line of a title registration: how many of the unit's people aim for an individual title (e.g. 12 × LĐTT). */
@Embeddable
public class RegistrationLine {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Column(name = "nominees", nullable = false)
    private int nominees;

    protected RegistrationLine() {
    }

    public RegistrationLine(Title title, int nominees) {
        this.title = Objects.requireNonNull(title);
        this.nominees = nominees;
    }

    public Title getTitle() {
        return title;
    }

    public int getNominees() {
        return nominees;
    }
}
