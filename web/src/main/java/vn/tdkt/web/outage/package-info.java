/** What users get while the database cannot be reached: a "try again" answer, never a stack trace. */
package vn.tdkt.web.outage;
