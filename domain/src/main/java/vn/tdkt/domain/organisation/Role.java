package vn.tdkt.domain.organisation;

/** What a signed-in user may do. Deny is the default: a page or action names the roles it allows. */
public enum Role {
    /** Cán bộ thi đua: builds and submits the unit's proposals, answers returns. */
    CLERK,
    /** Thủ trưởng đơn vị: reviews the unit's proposals (approve or return with a reason). */
    UNIT_LEADER,
    /** Quản trị hệ thống: catalogs, users and process diagrams. */
    ADMIN,
    /** Thư ký Hội đồng TĐKT của đơn vị: records the council's secret ballot. */
    COUNCIL_SECRETARY,
    /** Chuyên viên Ban TĐKT: receives, checks and appraises dossiers sent to the province. */
    APPRAISER,
    /** Lãnh đạo phê duyệt: signs the commendation decision. */
    APPROVER;

    public static final String CLERK_NAME = "CLERK";
    public static final String UNIT_LEADER_NAME = "UNIT_LEADER";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String COUNCIL_SECRETARY_NAME = "COUNCIL_SECRETARY";
    public static final String APPRAISER_NAME = "APPRAISER";
    public static final String APPROVER_NAME = "APPROVER";

    /** Roles of the provincial board (Ban TĐKT), who act on dossiers of every unit once they reach the board. */
    public boolean atBoard() {
        return this == APPRAISER || this == APPROVER;
    }
}
