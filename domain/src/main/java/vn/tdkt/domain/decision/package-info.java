/**
 * The procedure's documents: issuing bodies and their document series with numbers issued by the system (sổ văn
 * bản), the commendation decision over one or more dossiers with its annex, and the reward amounts the dated rule
 * sets give.
 */
package vn.tdkt.domain.decision;
