package vn.tdkt.web.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.decision.DecisionSigning;
import vn.tdkt.workflow.signature.PdfSignatureReport;

/**
 * The two one-time addresses the signer's local signing service uses (the way VGCA's service works: it fetches the
 * PDF, signs it with the USB token and sends the file back): {@code GET /signing/<secret>/file} and
 * {@code POST /signing/<secret>/signed}. No sign-in — the service on the PC has no session — the session's secret
 * is the key, valid once and for minutes. Answers are for a program: the PDF, or JSON with the outcome; an unknown,
 * used or expired secret is 404.
 */
@Path("")
@RequestScoped
public class SigningResource {

    /** Serves this resource at its URL, outside the pages' sign-in (web.xml lists it as public). */
    @ApplicationPath("/signing")
    public static class Root extends Application {

        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(SigningResource.class);
        }
    }

    private static final String JSON = "application/json; charset=UTF-8";

    @Inject
    DecisionSigning signing;

    @GET
    @Path("{secret}/file")
    @Produces({"application/pdf", JSON})
    public Response file(@PathParam("secret") String secret) {
        try {
            return Response.ok(signing.fileForToken(secret), "application/pdf")
                    .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
        } catch (DomainException e) {
            return outcome(404, "NOT_FOUND");
        }
    }

    @POST
    @Path("{secret}/signed")
    @Consumes(MediaType.WILDCARD)
    @Produces(JSON)
    public Response signed(@PathParam("secret") String secret, InputStream body) {
        try {
            List<PdfSignatureReport> signatures = signing.acceptFromToken(secret, body);
            JsonArrayBuilder list = Json.createArrayBuilder();
            signatures.forEach(s -> list.add(Json.createObjectBuilder().add("signer", s.signerName().orElse(""))
                    .add("intact", s.intact()).add("profile", s.profile().label())));
            return Response.ok(Json.createObjectBuilder().add("status", "SIGNED").add("signatures", list).build()
                    .toString(), JSON).build();
        } catch (DomainException e) {
            if ("signature.error.refused".equals(e.messageKey())) {
                return Response.status(422).type(JSON).entity(Json.createObjectBuilder().add("status", "REFUSED")
                        .add("reason", String.valueOf(e.arguments()[0])).build().toString()).build();
            }
            return outcome("signature.error.changedMeanwhile".equals(e.messageKey()) ? 409 : 404,
                    "signature.error.changedMeanwhile".equals(e.messageKey()) ? "CHANGED_MEANWHILE" : "NOT_FOUND");
        }
    }

    private static Response outcome(int status, String code) {
        return Response.status(status).type(JSON).entity(Json.createObjectBuilder().add("status", code).build()
                .toString()).build();
    }
}
