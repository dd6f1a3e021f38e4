/**
 * The bloc's year as the application runs it: reviews opened by the head ({@link vn.tdkt.workflow.bloc.BlocReviews},
 * process {@code bloc-annual-review}), members' scores, the ranking, the acclamation ballot, and the proposals the
 * bloc sends to the provincial board ({@link vn.tdkt.workflow.bloc.BlocProposals}).
 */
package vn.tdkt.workflow.bloc;
