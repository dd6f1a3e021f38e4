/**
 * Eligibility of a nominee for a title (điều kiện xét tặng) and completeness of a proposal dossier (hồ sơ đề nghị),
 * judged by the dated rule set in force on the submission date against the award register. Rules are data with
 * effective dates, never constants in code; each finding names its rule, its source in the law and its evidence.
 * Pure Java: evaluable and testable without a server.
 */
package vn.tdkt.domain.eligibility;
