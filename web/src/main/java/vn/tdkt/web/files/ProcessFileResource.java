package vn.tdkt.web.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.design.ProcessDesigns;

/**
 * {@code /app/admin/process-file?id=<definition id>}: a deployed version's {@code .bpmn} file as it was deployed,
 * for administrators (the URL is under {@code /app/admin/}; the service checks the role again). Unknown ids are 404.
 */
@Path("")
@RequestScoped
public class ProcessFileResource {

    /** Serves this resource at its URL, behind the administrators' constraint. */
    @ApplicationPath("/app/admin/process-file")
    public static class Root extends DownloadApplication {

        public Root() {
            super(ProcessFileResource.class);
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ProcessDesigns designs;

    @GET
    @Produces("application/xml")
    public Response download(@QueryParam("id") String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new NotFoundException();
        }
        byte[] xml = designs.xml(currentUser.actor(), id);
        return Downloads.attachment(id.replaceAll("[^A-Za-z0-9_-]+", "_") + ".bpmn", "application/xml", xml);
    }
}
