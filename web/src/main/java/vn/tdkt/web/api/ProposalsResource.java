package vn.tdkt.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.ProposalPage;

/** The proposals of the caller's own unit: a paged list and one dossier. */
@Path("proposals")
@RequestScoped
@Produces(RestApplication.JSON)
public class ProposalsResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    ApiCaller caller;

    @Context
    HttpHeaders headers;

    /** Newest first; {@code page} from 0, {@code size} from 1 to 100. */
    @GET
    public PageOf<ProposalSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        ProposalPage found = clerkProposals.pageVisibleTo(caller.actor(),
                PageParameter.read("page", page, 0, ProposalPage.MAX_SIZE),
                PageParameter.read("size", size, DEFAULT_SIZE, ProposalPage.MAX_SIZE));
        Locale language = language();
        return new PageOf<>(found.page(), found.size(), found.total(),
                found.proposals().stream().map(p -> ProposalSummary.of(p, language)).toList());
    }

    /** One dossier; another unit's, a missing one and an id that is no number all answer 404 alike. */
    @GET
    @Path("{id}")
    public ProposalDossier read(@PathParam("id") String id) {
        long proposalId;
        try {
            proposalId = Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            throw new DomainException("proposal.error.notFound");
        }
        return ProposalDossier.of(clerkProposals.read(caller.actor(), proposalId), language());
    }

    private Locale language() {
        return Problems.language(headers.getAcceptableLanguages());
    }
}
