/**
 * Emulation blocs (khối thi đua): peer units that compete, with a head (khối trưởng) and deputies each year, and the
 * covenant they sign (giao ước thi đua). Their reviews and scores are in {@code vn.tdkt.domain.blocreview}.
 */
package vn.tdkt.domain.bloc;
