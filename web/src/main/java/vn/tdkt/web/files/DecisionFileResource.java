package vn.tdkt.web.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.certificate.CertificateSheets;
import vn.tdkt.workflow.certificate.Certificates;
import vn.tdkt.workflow.certificate.Certificates.PrintBatch;
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.decision.DecisionFiles;
import vn.tdkt.workflow.decision.DecisionFiles.DecisionPdf;

/**
 * A decision's files: {@code /app/decision-files/<id>.pdf} the decision with its annex, for whoever may read it;
 * {@code /app/decision-files/<id>/certificates/<title>.pdf} the certificates of one title or form, one page per
 * recipient laid out for the blank, each with its QR code to the public verification page, for the body that
 * decided (the services check). A decision the user may not read or print answers 404 like a missing one.
 */
@Path("")
@RequestScoped
public class DecisionFileResource {

    /** Serves this resource at its URL, behind the pages' sign-in. */
    @ApplicationPath("/app/decision-files")
    public static class Root extends DownloadApplication {

        public Root() {
            super(DecisionFileResource.class);
        }
    }

    static final String PDF = "application/pdf";

    @Inject
    CurrentUser currentUser;

    @Inject
    Certificates certificates;

    @Inject
    DecisionFiles files;

    @Context
    HttpServletRequest request;

    /** The decision's document (with its annex), as generated or as signed. */
    @GET
    @Path("{id}.pdf")
    @Produces(PDF)
    public Response decision(@PathParam("id") long id) {
        DecisionPdf pdf = files.pdf(currentUser.actor(), id);
        return Downloads.attachment(pdf.fileName(), PDF, pdf.content());
    }

    /** The notice to the nominees the decision left out, with their reasons; none when it left nobody out. */
    @GET
    @Path("{id}/notice.pdf")
    @Produces(PDF)
    public Response notice(@PathParam("id") long id) {
        DecisionPdf pdf = files.notice(currentUser.actor(), id);
        return Downloads.attachment(pdf.fileName(), PDF, pdf.content());
    }

    @GET
    @Path("{id}/certificates/{title}.pdf")
    @Produces(PDF)
    public Response certificates(@PathParam("id") long id, @PathParam("title") long titleId) {
        PrintBatch batch = certificates.print(currentUser.actor(), id, titleId, verifyBase());
        return Downloads.streamed(batch.fileName(), PDF,
                out -> new CertificateSheets().render(batch.layout(), batch.lines(), out));
    }

    /** The public verification page's address, to which each certificate's code is appended. */
    private String verifyBase() {
        String root = Settings.publicUrl().orElseGet(() -> request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort() ? "" : ":" + request.getServerPort()) + request.getContextPath());
        return root + "/verify.xhtml?code=";
    }

    private boolean isDefaultPort() {
        int port = request.getServerPort();
        return port == ("https".equals(request.getScheme()) ? 443 : 80);
    }
}
