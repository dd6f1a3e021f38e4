/** The consistency check: dossiers, processes, register and stored files agree with one another. */
package vn.tdkt.workflow.consistency;
