/**
 * The embedded Camunda 7 engine: schema migrations (ours and the engine's), engine start-up on the shared
 * JTA datasource, the listeners that announce opened tasks and keep the inbox table (with what each task is about,
 * {@link vn.tdkt.workflow.engine.TaskSubject}), and the names of processes and variables. All engine API use stays
 * inside this module, and the engine's implementation classes ({@code org.camunda.bpm.engine.impl}) inside this
 * package: the other packages speak the public API, which survives engine upgrades.
 */
package vn.tdkt.workflow.engine;
