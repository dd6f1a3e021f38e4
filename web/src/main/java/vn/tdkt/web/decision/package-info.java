/** The decisions' pages: the list with its search, one decision with its annex, and a decision over several dossiers. */
package vn.tdkt.web.decision;
