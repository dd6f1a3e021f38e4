package vn.tdkt.web.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.bloc.BlocEvidence;
import vn.tdkt.workflow.bloc.BlocReviews;
import vn.tdkt.workflow.proposal.DossierAttachments.StoredFile;

/**
 * A bloc review's files, for the members of the bloc that year and the board: {@code /app/bloc-files/evidence/<id>}
 * is a member's evidence (PDF and images open in the browser, their type checked on upload; the rest downloads),
 * {@code /app/bloc-files/summary/<review id>} the review's report for the conference (.docx). Anyone else, like an
 * unknown id, is answered 404, as for a dossier's files.
 */
@Path("")
@RequestScoped
public class BlocFileResource {

    /** Serves this resource at its URL, behind the pages' sign-in. */
    @ApplicationPath("/app/bloc-files")
    public static class Root extends DownloadApplication {

        public Root() {
            super(BlocFileResource.class);
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    BlocEvidence evidence;

    @Inject
    BlocReviews reviews;

    /** Whatever type the member uploaded. */
    @GET
    @Path("evidence/{id}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") long id) {
        return Downloads.uploaded(evidence.download(currentUser.actor(), id));
    }

    @GET
    @Path("summary/{id}")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response summary(@PathParam("id") long reviewId) {
        StoredFile file = reviews.summary(currentUser.actor(), reviewId);
        return Downloads.attachment(file.fileName(), file.contentType(), file.content());
    }
}
