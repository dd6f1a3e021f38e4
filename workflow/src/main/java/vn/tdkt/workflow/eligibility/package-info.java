/** Use cases of the dated rule sets: which set is in force, and the administrators' changes for the future. */
package vn.tdkt.workflow.eligibility;
