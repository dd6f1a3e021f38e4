/**
 * The embedded Camunda 7 engine: schema migrations (ours and the engine's), engine start-up on the shared
 * JTA datasource, and the names of processes and variables. All engine API use stays inside this module.
 */
package vn.tdkt.workflow.engine;
