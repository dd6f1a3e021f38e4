/** Settings read from the environment (or system properties), and the business clock. */
package vn.tdkt.workflow.config;
