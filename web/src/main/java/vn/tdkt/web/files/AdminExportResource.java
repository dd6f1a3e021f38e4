package vn.tdkt.web.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.web.admin.ParameterLabels;
import vn.tdkt.workflow.eligibility.RuleSetCatalog;
import vn.tdkt.workflow.organisation.UserDirectory;

/** {@code /app/admin/exports/…}: the administrators' lists in Excel: user accounts and rule sets. */
@Path("")
@RequestScoped
@Produces(Downloads.XLSX)
public class AdminExportResource extends ExcelExports {

    /** Serves this resource at its URL, behind the administrators' constraint. */
    @ApplicationPath("/app/admin/exports")
    public static class Root extends DownloadApplication {

        public Root() {
            super(AdminExportResource.class);
        }
    }

    @Inject
    UserDirectory users;

    @Inject
    RuleSetCatalog ruleSets;

    @GET
    @Path("users.xlsx")
    public Response users() {
        Actor admin = actor();
        ResourceBundle text = text();
        List<String> headers = List.of(text.getString("users.username"), text.getString("users.fullName"),
                text.getString("users.position"), text.getString("proposal.unit"), text.getString("users.roles"),
                text.getString("users.enabled"));
        return sheet(text.getString("export.users.fileName"), text.getString("users.title"), headers,
                sheet -> sheet.addPages((first, max) -> users.users(admin, first, max),
                        (UserAccount u) -> Arrays.asList(u.getUsername(), u.getFullName(), u.getPosition(),
                                u.getUnit().getName(), u.getRoles().stream().map(r -> text.getString("role." + r))
                                        .sorted().collect(Collectors.joining(", ")),
                                u.isEnabled() ? text.getString("common.yes") : text.getString("common.no"))));
    }

    /** One row per parameter of each set, so that two sets compare side by side with a filter in Excel. */
    @GET
    @Path("rule-sets.xlsx")
    public Response ruleSets() {
        ResourceBundle text = text();
        Map<String, String> titles = new LinkedHashMap<>();
        ruleSets.titles().forEach(t -> titles.put(t.getCode(), t.name(locale())));
        List<List<Object>> rows = new ArrayList<>();
        // A few dated sets of a few dozen parameters each: read whole.
        for (RuleSet set : ruleSets.all(actor())) {
            set.getParameters().forEach((key, value) -> rows.add(Arrays.asList(set.getName(), set.getEffectiveFrom(),
                    ParameterLabels.of(key, titles, ParameterLabels.from(text)), key, value)));
        }
        List<String> headers = List.of(text.getString("ruleSets.name"), text.getString("ruleSets.effectiveFrom"),
                text.getString("ruleSets.parameters"), text.getString("export.parameterKey"),
                text.getString("export.value"));
        return sheet(text.getString("export.ruleSets.fileName"), text.getString("ruleSets.title"), headers,
                allOf(rows));
    }
}
