/**
 * Numbered documents: the issuing bodies and their books (numbers issued in the document's own transaction), the
 * commendation decision over one or more dossiers, and the decisions' list for those who read them.
 */
package vn.tdkt.workflow.decision;
