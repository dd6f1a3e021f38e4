package vn.tdkt.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import vn.tdkt.workflow.consistency.ConsistencyCheck;
import vn.tdkt.workflow.consistency.Inconsistency;

/**
 * The consistency check for administrators' scripts ({@code scripts/consistency-check.sh}): an empty list when
 * dossiers, processes, register and files agree, otherwise what was found. Others are refused (403).
 */
@Path("admin/consistency")
@RequestScoped
@Produces(RestApplication.JSON)
public class ConsistencyResource {

    @Inject
    ConsistencyCheck check;

    @Inject
    ApiCaller caller;

    @GET
    public List<Inconsistency> run() {
        return check.run(caller.actor());
    }
}
