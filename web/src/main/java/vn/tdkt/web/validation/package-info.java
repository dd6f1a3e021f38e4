/** Faces validators shared by the forms. */
package vn.tdkt.web.validation;
