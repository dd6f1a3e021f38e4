package vn.tdkt.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import vn.tdkt.workflow.spreadsheet.ListExport;

/**
 * {@code /app/movement-exports/registrations.xlsx?id=…}: a movement's title registrations in Excel, the ones the
 * user may see on the movement's page (every unit's for the board and the bloc's head, the own unit's otherwise).
 */
@WebServlet("/app/movement-exports/*")
public class MovementExportServlet extends ExcelExportServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Movements movements;

    @Inject
    transient TitleRegistrations registrations;

    @Override
    boolean export(String name, HttpServletRequest request, HttpServletResponse response, Actor actor,
            ResourceBundle text) throws IOException {
        if (!"registrations.xlsx".equals(name)) {
            return false;
        }
        Movement movement = movements.read(actor, Long.parseLong(request.getParameter("id")));
        Locale locale = localeSelector.getLocale();
        List<List<Object>> rows = new ArrayList<>();
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
        Downloads.send(response, MessageFormat.format(text.getString("export.registrations.fileName"),
                movement.getCode()), Downloads.XLSX,
                new ListExport().write(text.getString("movement.registrations"), headers, rows), false);
        return true;
    }
}
