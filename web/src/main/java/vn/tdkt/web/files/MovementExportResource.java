package vn.tdkt.web.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.movement.TitleRegistration;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.workflow.movement.Movements;
import vn.tdkt.workflow.movement.TitleRegistrations;

/**
 * {@code /app/movement-exports/registrations.xlsx?id=…}: a movement's title registrations in Excel, the ones the
 * user may see on the movement's page (every unit's for the board and the bloc's head, the own unit's otherwise).
 */
@Path("")
@RequestScoped
@Produces(Downloads.XLSX)
public class MovementExportResource extends ExcelExports {

    /** Serves this resource at its URL, behind the pages' sign-in. */
    @ApplicationPath("/app/movement-exports")
    public static class Root extends DownloadApplication {

        public Root() {
            super(MovementExportResource.class);
        }
    }

    @Inject
    Movements movements;

    @Inject
    TitleRegistrations registrations;

    @GET
    @Path("registrations.xlsx")
    public Response registrations(@QueryParam("id") Long id) {
        Actor actor = actor();
        Movement movement = movements.read(actor, Downloads.required(id));
        Locale locale = locale();
        ResourceBundle text = text();
        List<List<Object>> rows = new ArrayList<>();
        // One registration per unit of the movement: as many rows as units, read whole as the page shows them.
        for (TitleRegistration r : registrations.visible(actor, movement.getId())) {
            rows.add(Arrays.asList(r.getUnit().getName(),
                    r.getCollectiveTitle() == null ? null : r.getCollectiveTitle().name(locale),
                    r.getLines().stream().map(l -> l.getTitle().name(locale) + ": " + l.getNominees())
                            .collect(Collectors.joining("; ")),
                    r.getLines().stream().mapToInt(l -> l.getNominees()).sum(),
                    r.getRegisteredByName() + " (" + r.getRegisteredBy() + ")", r.getRegisteredAt()));
        }
        List<String> headers = List.of(text.getString("movement.unit"), text.getString("movement.collectiveTitle"),
                text.getString("movement.individualTitles"), text.getString("movement.peopleTotal"),
                text.getString("movement.registeredBy"), text.getString("movement.registeredAt"));
        return sheet(MessageFormat.format(text.getString("export.registrations.fileName"), movement.getCode()),
                text.getString("movement.registrations"), headers, allOf(rows));
    }
}
