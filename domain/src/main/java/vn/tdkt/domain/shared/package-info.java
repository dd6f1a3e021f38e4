/** Building blocks shared by every part of the domain: the domain exception that carries a message key. */
package vn.tdkt.domain.shared;
