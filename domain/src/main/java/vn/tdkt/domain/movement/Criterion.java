package vn.tdkt.domain.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/** A criterion of a movement (tiêu chí) with its maximum score and weight; required criteria must be scored. */
@Embeddable
public class Criterion {

    /** The largest maximum score or weight the table holds (NUMERIC(6, 2)). */
    public static final BigDecimal LARGEST = new BigDecimal("9999.99");

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "max_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal maxScore;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal weight;

    @Column(nullable = false)
    private boolean required;

    protected Criterion() {
    }

    public Criterion(int position, String name, BigDecimal maxScore, BigDecimal weight, boolean required) {
        this.position = position;
        this.name = Texts.required("criterionName", name, 300, false);
        if (maxScore == null || maxScore.signum() <= 0) {
            throw DomainException.invalid("maxScore", "validation.positive");
        }
        if (weight == null || weight.signum() <= 0) {
            throw DomainException.invalid("weight", "validation.positive");
        }
        if (maxScore.compareTo(LARGEST) > 0 || weight.compareTo(LARGEST) > 0) {
            throw DomainException.invalid("maxScore", "movement.error.tooLarge", LARGEST.toPlainString());
        }
        this.maxScore = maxScore;
        this.weight = weight;
        this.required = required;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public boolean isRequired() {
        return required;
    }

    /** Whether the other criterion says exactly the same: position, name, maximum, weight and whether required. */
    public boolean sameAs(Criterion other) {
        return other != null && position == other.position && name.equals(other.name)
                && maxScore.compareTo(other.maxScore) == 0 && weight.compareTo(other.weight) == 0
                && required == other.required;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Criterion c && position == c.position && Objects.equals(name, c.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, name);
    }
}
