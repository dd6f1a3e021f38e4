/** The PrimeFaces user interface: one backing bean per view, calling only the workflow module's services. */
package vn.tdkt.web;
