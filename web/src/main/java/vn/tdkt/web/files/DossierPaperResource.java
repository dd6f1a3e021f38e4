package vn.tdkt.web.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.proposal.DossierPapers;
import vn.tdkt.workflow.proposal.DossierPapers.Format;

/**
 * {@code /app/dossier-papers/<id>/letter.pdf|docx} and {@code …/minutes.pdf|docx}: the unit's tờ trình written
 * from the dossier and the council's minutes written from its recorded ballot, in Word to edit and in PDF, for
 * whoever may read the dossier. Another unit's dossier, or minutes before the vote, answer 404.
 */
@Path("")
@RequestScoped
public class DossierPaperResource {

    /** Serves this resource at its URL, behind the pages' sign-in. */
    @ApplicationPath("/app/dossier-papers")
    public static class Root extends DownloadApplication {

        public Root() {
            super(DossierPaperResource.class);
        }
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    CurrentUser currentUser;

    @Inject
    DossierPapers papers;

    @GET
    @Path("{id}/letter.pdf")
    @Produces(DecisionFileResource.PDF)
    public Response letterPdf(@PathParam("id") long id) {
        return file("to-trinh.pdf", DecisionFileResource.PDF, papers.proposalLetter(currentUser.actor(), id,
                Format.PDF));
    }

    @GET
    @Path("{id}/letter.docx")
    @Produces(DOCX)
    public Response letterDocx(@PathParam("id") long id) {
        return file("to-trinh.docx", DOCX, papers.proposalLetter(currentUser.actor(), id, Format.DOCX));
    }

    @GET
    @Path("{id}/minutes.pdf")
    @Produces(DecisionFileResource.PDF)
    public Response minutesPdf(@PathParam("id") long id) {
        return file("bien-ban.pdf", DecisionFileResource.PDF, papers.councilMinutes(currentUser.actor(), id,
                Format.PDF));
    }

    @GET
    @Path("{id}/minutes.docx")
    @Produces(DOCX)
    public Response minutesDocx(@PathParam("id") long id) {
        return file("bien-ban.docx", DOCX, papers.councilMinutes(currentUser.actor(), id, Format.DOCX));
    }

    private static Response file(String name, String type, byte[] content) {
        return Downloads.attachment(name, type, content);
    }
}
