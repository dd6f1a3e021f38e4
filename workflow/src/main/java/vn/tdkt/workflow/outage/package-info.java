/** Telling a database out of reach from a fault of the request or the code, for every layer that answers users. */
package vn.tdkt.workflow.outage;
