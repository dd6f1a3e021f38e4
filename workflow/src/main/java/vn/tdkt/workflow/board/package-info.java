/** The stages past the unit head: the unit council's ballot and the provincial board's reception (Ban TĐKT). */
package vn.tdkt.workflow.board;
