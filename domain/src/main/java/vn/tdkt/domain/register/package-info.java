/**
 * The records the eligibility rules read: the award register (sổ khen thưởng), recognised initiatives (sáng kiến)
 * and discipline records (kỷ luật).
 */
package vn.tdkt.domain.register;
