/**
 * Organisation units (đơn vị) and the people who sign in: their unit, roles and password hash. The acting user
 * of every use case is an {@link vn.tdkt.domain.organisation.Actor}.
 */
package vn.tdkt.domain.organisation;
