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

    @Override
    public boolean equals(Object other) {
        return other instanceof Criterion c && position == c.position && Objects.equals(name, c.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, name);
    }
}
