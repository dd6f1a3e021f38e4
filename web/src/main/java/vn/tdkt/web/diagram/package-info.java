/** The process diagram of a proposal as an image for the dossier page. */
package vn.tdkt.web.diagram;
