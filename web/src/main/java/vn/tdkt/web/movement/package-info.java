/** The movements' pages: the list with the launcher's form and criteria, and one movement with its title registrations. */
package vn.tdkt.web.movement;
