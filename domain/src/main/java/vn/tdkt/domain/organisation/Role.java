package vn.tdkt.domain.organisation;

/** What a signed-in user may do. Deny is the default: a page or action names the roles it allows. */
public enum Role {
    /** Cán bộ thi đua: builds and submits the unit's proposals, answers returns. */
    CLERK,
    /** Thủ trưởng đơn vị: reviews the unit's proposals (approve or return with a reason). */
    UNIT_LEADER,
    /** Quản trị hệ thống: catalogs, users and process diagrams. */
    ADMIN;

    public static final String CLERK_NAME = "CLERK";
    public static final String UNIT_LEADER_NAME = "UNIT_LEADER";
    public static final String ADMIN_NAME = "ADMIN";
}
