/**
 * Movements as the application runs them: launched and edited by their keeper ({@link vn.tdkt.workflow.movement.Movements}),
 * and the titles each unit registers to aim for in one, with the summary and the list for the board and the
 * bloc's head ({@link vn.tdkt.workflow.movement.TitleRegistrations}).
 */
package vn.tdkt.workflow.movement;
