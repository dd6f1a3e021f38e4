package vn.tdkt.workflow.inbox;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a user narrows the inbox to: the proposing unit, a title among the dossier's nominees, the movement, a due
 * date, a quick filter and the order. Empty fields do not filter. A bean with setters because the inbox page binds
 * its filter bar to it and a user's last filter is stored and restored whole.
 */
public class InboxFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String unitCode;
    private Long titleId;
    private Long movementId;
    private LocalDate dueBefore;
    private QuickFilter quick = QuickFilter.ALL;
    private InboxSort sort = InboxSort.DUE;

    public static InboxFilter all() {
        return new InboxFilter();
    }

    public InboxFilter copy() {
        InboxFilter copy = new InboxFilter();
        copy.unitCode = unitCode;
        copy.titleId = titleId;
        copy.movementId = movementId;
        copy.dueBefore = dueBefore;
        copy.quick = quick;
        copy.sort = sort;
        return copy;
    }

    public InboxFilter withQuick(QuickFilter value) {
        InboxFilter copy = copy();
        copy.setQuick(value);
        return copy;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public Long getMovementId() {
        return movementId;
    }

    public void setMovementId(Long movementId) {
        this.movementId = movementId;
    }

    public LocalDate getDueBefore() {
        return dueBefore;
    }

    public void setDueBefore(LocalDate dueBefore) {
        this.dueBefore = dueBefore;
    }

    public QuickFilter getQuick() {
        return quick;
    }

    public void setQuick(QuickFilter quick) {
        this.quick = quick == null ? QuickFilter.ALL : quick;
    }

    public InboxSort getSort() {
        return sort;
    }

    public void setSort(InboxSort sort) {
        this.sort = sort == null ? InboxSort.DUE : sort;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InboxFilter that && Objects.equals(unitCode, that.unitCode)
                && Objects.equals(titleId, that.titleId) && Objects.equals(movementId, that.movementId)
                && Objects.equals(dueBefore, that.dueBefore) && quick == that.quick && sort == that.sort;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitCode, titleId, movementId, dueBefore, quick, sort);
    }
}
