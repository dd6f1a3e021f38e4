package vn.tdkt.domain.proposal;

/** Where a proposal stands; labels live in the bundles under {@code status.<NAME>}. */
public enum ProposalStatus {
    /** Nháp: being written by the clerk, not yet sent. */
    DRAFT,
    /** Chờ thủ trưởng duyệt: sent to the unit head. */
    SUBMITTED,
    /** Bị trả lại: the unit head returned it with a reason; the clerk revises and resubmits. */
    RETURNED,
    /** Đã duyệt cấp đơn vị: approved by the unit head. */
    APPROVED_AT_UNIT;

    /** The clerk may change the dossier only before it is sent and after it is returned. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
