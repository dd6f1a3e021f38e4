package vn.tdkt.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.proposal.Inbox;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/** The caller's open tasks and the unit head's decision on a review task. */
@Path("tasks")
@RequestScoped
@Produces(RestApplication.JSON)
public class TasksResource {

    /** JSON-B instances are thread-safe and costly to build. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Inbox inbox;

    @Inject
    UnitHeadReview review;

    @Inject
    ApiCaller caller;

    @Context
    HttpHeaders headers;

    /** The caller's open tasks, newest first. */
    @GET
    public List<TaskView> list() {
        Locale language = Problems.language(headers.getAcceptableLanguages());
        return inbox.of(caller.actor()).stream().map(item -> TaskView.of(item, language)).toList();
    }

    /**
     * Approves or returns the proposal of a review task; 204 when done. A task already handled, or not the
     * caller's, answers 409 with the same text as the page.
     */
    @POST
    @Path("{taskId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("taskId") String taskId, InputStream body) {
        DecisionRequest request = read(body);
        if (request.decision == null || request.decision.isBlank()) {
            throw DomainException.invalid("decision", "validation.required");
        }
        switch (request.decision.strip()) {
            case "APPROVE" -> review.approve(caller.actor(), taskId, request.comment);
            case "RETURN" -> returnToClerk(taskId, request.comment);
            default -> throw DomainException.invalid("decision", "api.error.decision");
        }
        return Response.noContent().build();
    }

    private void returnToClerk(String taskId, String comment) {
        try {
            review.returnToClerk(caller.actor(), taskId, comment);
        } catch (DomainException e) {
            if (!"reason".equals(e.field())) {
                throw e;
            }
            // The domain names its own input "reason"; in this request it is the field "comment".
            throw DomainException.invalid("comment",
                    "validation.required".equals(e.messageKey()) ? "validation.reason.required" : e.messageKey(),
                    e.arguments());
        }
    }

    /**
     * Reads the body here, not through a JSON provider, so that an unreadable body is always the same 400
     * problem whatever the REST runtime would make of it.
     */
    private static DecisionRequest read(InputStream body) {
        DecisionRequest request;
        try {
            request = JSON.fromJson(body, DecisionRequest.class);
        } catch (JsonbException | JsonException e) {
            request = null;
        }
        if (request == null) {
            throw new BadRequestException();
        }
        return request;
    }
}
