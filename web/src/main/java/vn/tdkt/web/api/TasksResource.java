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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.inbox.StepDecision;
import vn.tdkt.workflow.inbox.StepDecisions;
import vn.tdkt.workflow.inbox.TaskPage;

/** The caller's open tasks and a decision on one of them, whatever its step. */
@Path("tasks")
@RequestScoped
@Produces(RestApplication.JSON)
public class TasksResource {

    /** JSON-B instances are thread-safe and costly to build. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Inbox inbox;

    @Inject
    StepDecisions decisions;

    @Inject
    ApiCaller caller;

    @Context
    HttpHeaders headers;

    /**
     * The caller's open tasks, earliest due first, always one page: {@code page} from 0 (0 unless said), {@code size}
     * tasks (20 unless said, at most 100), read as a page from the database, with how many there are in all.
     */
    @GET
    public PageOf<TaskView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Locale language = Problems.language(headers.getAcceptableLanguages());
        TaskPage found = inbox.tasks(caller.actor(), PageParameter.read("page", page, 0, TaskPage.MAX_SIZE),
                PageParameter.read("size", size, TaskPage.DEFAULT_SIZE, TaskPage.MAX_SIZE));
        return new PageOf<>(found.page(), found.size(), found.total(),
                found.tasks().stream().map(item -> TaskView.of(item, language)).toList());
    }

    /**
     * Completes a task with a decision its step offers (e.g. approve or return a review); 204 when done (with the
     * decision's address in {@code Location} for a DECIDE). A task already handled, or not the caller's, answers
     * 409 with the same text as the page.
     */
    @POST
    @Path("{taskId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("taskId") String taskId, InputStream body) {
        DecisionRequest request = read(body);
        StepDecision command = new StepDecision(request.decision, request.comment, request.members,
                request.present, request.agree, request.disagree, request.abstain, request.decisionNumber,
                date(request.decisionDate), request.signer, request.issuer, request.approvedNominees);
        Optional<Long> decision;
        try {
            decision = decisions.complete(caller.actor(), taskId, command);
        } catch (DomainException e) {
            if (!"reason".equals(e.field())) {
                throw e;
            }
            // The domain names its own input "reason"; in this request it is the field "comment".
            throw DomainException.invalid("comment",
                    "validation.required".equals(e.messageKey()) ? "validation.reason.required" : e.messageKey(),
                    e.arguments());
        }
        // A decision issued answers where it can be read.
        return decision.map(id -> Response.noContent().location(URI.create("decisions/" + id)))
                .orElseGet(Response::noContent).build();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("decisionDate", "validation.date");
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
