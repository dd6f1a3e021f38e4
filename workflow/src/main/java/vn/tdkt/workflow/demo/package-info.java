/** Demo data (only in demo mode): the seed bloc's six units, the demo accounts and a few proposals. */
package vn.tdkt.workflow.demo;
