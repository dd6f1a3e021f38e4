/**
 * A bloc's reviews (bình xét, chấm điểm khối thi đua): each member scores itself and its peers against the criteria
 * of the bloc's movement, the head consolidates the ranking and records the acclamation ballot, with the evidence
 * members attach. Depends on the bloc (its members and head) and on the movement (its criteria), never the reverse.
 */
package vn.tdkt.domain.blocreview;
