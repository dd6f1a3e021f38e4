/**
 * The process diagram of one proposal (sơ đồ quy trình), drawn on the server as SVG from the BPMN model and its
 * layout, with the current step highlighted and the path already taken shown as done.
 */
package vn.tdkt.workflow.diagram;
