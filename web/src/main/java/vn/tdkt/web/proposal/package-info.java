/** Views of commendation proposals: the unit's list, the clerk's form, and the read-only dossier with history. */
package vn.tdkt.web.proposal;
