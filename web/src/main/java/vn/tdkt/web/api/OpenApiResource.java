package vn.tdkt.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's description, OpenAPI 3.0, written by hand beside the code and served as it is: the server has no
 * MicroProfile OpenAPI, and a written document states the contract rather than whatever the code happens to do.
 */
@Path("openapi.yaml")
public class OpenApiResource {

    static final String DOCUMENT = "/vn/tdkt/web/api/openapi.yaml";

    @GET
    @Produces("application/yaml; charset=UTF-8")
    public Response document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the web module");
            }
            return Response.ok(in.readAllBytes()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
