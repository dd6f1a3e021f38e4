/**
 * Generated administrative documents (văn bản hành chính) in the form of Nghị định 30/2020/NĐ-CP: the commendation
 * decision with its annex, the unit's tờ trình, the council's minutes and the notice to those not commended.
 *
 * <p>Plain records carry the content; FreeMarker templates (HTML, adjustable by an administrator, hence locked down
 * in {@link vn.tdkt.workflow.paper.PaperTemplates}) lay it out; {@link vn.tdkt.workflow.paper.PdfRenderer} turns the
 * XHTML into a PDF with the bundled Liberation Serif fonts embedded, and {@link vn.tdkt.workflow.paper.DocxWriter}
 * turns the same XHTML into a Word file for the papers officials edit. Pure Java, testable without a server.
 */
package vn.tdkt.workflow.paper;
