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
import vn.tdkt.workflow.certificate.BlankLayouts;
import vn.tdkt.workflow.certificate.BlankLayouts.CalibrationPdf;

/**
 * {@code /app/admin/blanks/<title>.pdf}: the calibration page of a title's blank as it prints now, for the
 * administrator to print on a real blank and measure. An unknown title answers 404 (the service says so).
 */
@Path("")
@RequestScoped
public class BlankCalibrationResource {

    /** Serves this resource at its URL, behind the administrators' constraint. */
    @ApplicationPath("/app/admin/blanks")
    public static class Root extends DownloadApplication {

        public Root() {
            super(BlankCalibrationResource.class);
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    BlankLayouts blanks;

    @GET
    @Path("{title}.pdf")
    @Produces(DecisionFileResource.PDF)
    public Response calibration(@PathParam("title") long titleId) {
        CalibrationPdf pdf = blanks.calibration(currentUser.actor(), titleId);
        return Downloads.attachment(pdf.fileName(), DecisionFileResource.PDF, pdf.content());
    }
}
