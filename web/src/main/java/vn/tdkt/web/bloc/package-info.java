/** The bloc's pages: its reviews, and one review with scoring, ranking, consolidation and the ballot. */
package vn.tdkt.web.bloc;
