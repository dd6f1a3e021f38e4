/**
 * Application services of TĐKT: each public method of a {@code @Stateless} bean here is one use case and one
 * JTA transaction, shared by JPA and the embedded process engine. The web module calls only these.
 */
package vn.tdkt.workflow;
