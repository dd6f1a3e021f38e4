package vn.tdkt.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.decision.DecisionFiles;
import vn.tdkt.workflow.decision.DecisionFiles.DecisionPdf;
import vn.tdkt.workflow.decision.DecisionRegister;

/** The commendation decisions the caller may read: one with its annex. */
@Path("decisions")
@RequestScoped
@Produces(RestApplication.JSON)
public class DecisionsResource {

    @Inject
    DecisionRegister register;

    @Inject
    DecisionFiles files;

    @Inject
    ApiCaller caller;

    @Context
    HttpHeaders headers;

    /** The decision's document (PDF, with its annex), as generated or as signed. */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        DecisionPdf pdf = files.pdf(caller.actor(), idOf(id));
        // RFC 6266 as the pages' downloads: the name has "Đ", which a header carries only percent-encoded
        // (written raw, it reaches HTTP/2 clients as a control character and they refuse the whole answer).
        String ascii = pdf.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(pdf.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(pdf.content(), "application/pdf").header("Content-Disposition", "attachment; filename=\""
                + ascii + "\"; filename*=UTF-8''" + utf8).header("X-Content-Type-Options", "nosniff").build();
    }

    private static long idOf(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            throw new DomainException("decision.error.notFound");
        }
    }

    /** One decision; one the caller may not read, a missing one and an id that is no number all answer 404. */
    @GET
    @Path("{id}")
    public DecisionDocument read(@PathParam("id") String id) {
        return DecisionDocument.of(register.read(caller.actor(), idOf(id)),
                Problems.language(headers.getAcceptableLanguages()));
    }
}
