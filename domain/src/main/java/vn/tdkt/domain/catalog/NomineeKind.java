package vn.tdkt.domain.catalog;

/**
 * Who or what a proposal puts forward (đối tượng đề nghị): a person (cá nhân), a collective (tập thể), a household
 * (hộ gia đình) or an initiative / research topic (sáng kiến, đề tài).
 */
public enum NomineeKind {
    INDIVIDUAL, COLLECTIVE, HOUSEHOLD, INITIATIVE
}
