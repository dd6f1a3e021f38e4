/**
 * Working days (ngày làm việc): the procedure's deadlines count working days, not calendar days — weekends and
 * the public holidays (ngày nghỉ lễ, Tết) the government announces each year do not count.
 */
package vn.tdkt.domain.calendar;
