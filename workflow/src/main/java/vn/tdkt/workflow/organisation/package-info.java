/** Use cases about people and units: signing in, the acting user, the first administrator. */
package vn.tdkt.workflow.organisation;
