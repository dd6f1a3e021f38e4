/** The signed-in user's own page: who they are, and their personal API tokens. */
package vn.tdkt.web.profile;
