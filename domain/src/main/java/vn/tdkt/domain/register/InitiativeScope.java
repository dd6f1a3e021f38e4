package vn.tdkt.domain.register;

/** How far an initiative's effect was recognised (phạm vi ảnh hưởng): unit, province or nation. */
public enum InitiativeScope {
    UNIT, PROVINCE, NATION
}
