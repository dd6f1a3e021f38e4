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
import vn.tdkt.workflow.proposal.DossierAttachments;

/**
 * {@code /app/files/<id>}: a dossier's file for whoever may see the dossier. PDF and images open in the browser
 * (their type was checked on upload); everything else downloads. Another unit's file answers 404 like a missing one,
 * and so does an id that is not a number.
 */
@Path("")
@RequestScoped
public class AttachmentResource {

    /** Serves this resource at its URL, behind the pages' sign-in. */
    @ApplicationPath("/app/files")
    public static class Root extends DownloadApplication {

        public Root() {
            super(AttachmentResource.class);
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    DossierAttachments attachments;

    /** Whatever type the file was uploaded with. */
    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id) {
        return Downloads.uploaded(attachments.download(currentUser.actor(), id));
    }
}
