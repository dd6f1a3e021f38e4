/**
 * The TĐKT domain: organisation units and their people, the catalog of titles, and commendation proposals
 * (hồ sơ đề nghị khen thưởng) with their rules. Knows nothing of Faces, PrimeFaces or the process engine.
 */
package vn.tdkt.domain;
