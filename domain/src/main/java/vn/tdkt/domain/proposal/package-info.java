/**
 * Commendation proposals (hồ sơ đề nghị khen thưởng): the nominee, the proposed title, the achievement summary,
 * their status through the unit's review, and the append-only history of what happened to each.
 */
package vn.tdkt.domain.proposal;
