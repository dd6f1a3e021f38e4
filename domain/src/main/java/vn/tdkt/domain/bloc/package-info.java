/** Emulation blocs (khối thi đua): peer units that compete, with a head (khối trưởng) and deputies each year. */
package vn.tdkt.domain.bloc;
