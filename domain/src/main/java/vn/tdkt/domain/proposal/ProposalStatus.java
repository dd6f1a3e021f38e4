package vn.tdkt.domain.proposal;

/** Where a proposal stands; labels live in the bundles under {@code status.<NAME>}. */
public enum ProposalStatus {
    /** Nháp: being written by the clerk, not yet sent. */
    DRAFT,
    /** Chờ thủ trưởng duyệt: sent to the unit head. */
    SUBMITTED,
    /** Bị trả lại: the unit head returned it with a reason; the clerk revises and resubmits. */
    RETURNED,
    /** Đã duyệt cấp đơn vị: approved by the unit head; the council votes next. */
    APPROVED_AT_UNIT,
    /** Thủ trưởng không đề nghị: rejected by the unit head, with a reason. */
    REJECTED_AT_UNIT,
    /** Không đủ phiếu: the council's ballot did not carry it. */
    NOT_PROPOSED,
    /** Chờ thủ trưởng quyết định: within the unit's authority, awaiting its decision. */
    AWAITING_UNIT_DECISION,
    /** Đã gửi Ban TĐKT: at the provincial board's reception. */
    AT_BOARD,
    /** Được hướng dẫn bổ sung: returned once by the board for the clerk to complete by a deadline. */
    RETURNED_FOR_SUPPLEMENT,
    /** Từ chối tiếp nhận: refused by the board's reception, or not completed in time. */
    REFUSED_AT_BOARD,
    /** Đang thẩm định. */
    IN_APPRAISAL,
    /** Chờ quyết định: appraised, awaiting the approving leader (after the public notice for state-level forms). */
    AWAITING_DECISION,
    /**
     * Đã trình cấp trên: a state-level form (Bằng khen of the Prime Minister, CSTĐ toàn quốc, an order) the province
     * does not decide; the province's tờ trình went up and the central decision is awaited.
     */
    SENT_UP,
    /** Đã quyết định khen thưởng (for some or all nominees). */
    DECIDED,
    /** Không khen thưởng: appraisal or decision found it wanting; the nominees are told why. */
    NOT_COMMENDED;

    /** The clerk may change the dossier only before it is sent and after it is returned. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == RETURNED_FOR_SUPPLEMENT;
    }

    /** Whether the unit head has sent the dossier on to the council (whatever happened after). */
    public boolean reachedCouncil() {
        return this != DRAFT && this != SUBMITTED && this != RETURNED && this != REJECTED_AT_UNIT;
    }

    /** The board's stages, where its appraisers and approvers see the dossier whatever its unit. */
    public boolean atBoard() {
        return this == AT_BOARD || this == RETURNED_FOR_SUPPLEMENT || this == REFUSED_AT_BOARD || this == IN_APPRAISAL
                || this == AWAITING_DECISION || this == SENT_UP || this == DECIDED || this == NOT_COMMENDED;
    }
}
