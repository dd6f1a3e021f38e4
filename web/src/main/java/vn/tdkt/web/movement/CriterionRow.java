package vn.tdkt.web.movement;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.tdkt.domain.movement.Criterion;

/** One row of the criteria table being edited; its position is its place in the table. */
public class CriterionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private BigDecimal maxScore;
    private BigDecimal weight = BigDecimal.ONE;
    private boolean required = true;

    public CriterionRow() {
    }

    static CriterionRow of(Criterion criterion) {
        CriterionRow row = new CriterionRow();
        row.name = criterion.getName();
        row.maxScore = plain(criterion.getMaxScore());
        row.weight = plain(criterion.getWeight());
        row.required = criterion.isRequired();
        return row;
    }

    /** 50.00 shown as 50 (not 5E+1), 2.50 as 2.5. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    Criterion toCriterion(int position) {
        return new Criterion(position, name, maxScore, weight, required);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public void setMaxScore(BigDecimal maxScore) {
        this.maxScore = maxScore;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
