/**
 * The process designer's server side: what a diagram may contain ({@link vn.tdkt.workflow.design.DiagramCatalog}),
 * the checks every diagram passes before it reaches the engine ({@link vn.tdkt.workflow.design.DiagramValidator}),
 * drafts and deployments of new versions.
 */
package vn.tdkt.workflow.design;
