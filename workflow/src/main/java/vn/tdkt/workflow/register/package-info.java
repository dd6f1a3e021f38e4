/** Reading the award register (sổ khen thưởng) and the people it names, within the reader's own unit. */
package vn.tdkt.workflow.register;
