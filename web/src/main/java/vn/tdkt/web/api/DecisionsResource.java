package vn.tdkt.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.decision.DecisionRegister;

/** The commendation decisions the caller may read: one with its annex. */
@Path("decisions")
@RequestScoped
@Produces(RestApplication.JSON)
public class DecisionsResource {

    @Inject
    DecisionRegister register;

    @Inject
    ApiCaller caller;

    @Context
    HttpHeaders headers;

    /** One decision; one the caller may not read, a missing one and an id that is no number all answer 404. */
    @GET
    @Path("{id}")
    public DecisionDocument read(@PathParam("id") String id) {
        long decisionId;
        try {
            decisionId = Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            throw new DomainException("decision.error.notFound");
        }
        return DecisionDocument.of(register.read(caller.actor(), decisionId),
                Problems.language(headers.getAcceptableLanguages()));
    }
}
