package vn.tdkt.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import vn.tdkt.workflow.spreadsheet.ListExport;

/** {@code /app/admin/exports/…}: the administrators' lists in Excel: user accounts and rule sets. */
@WebServlet("/app/admin/exports/*")
public class AdminExportServlet extends ExcelExportServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserDirectory users;

    @Inject
    transient RuleSetCatalog ruleSets;

    @Override
    boolean export(String name, HttpServletRequest request, HttpServletResponse response, Actor actor,
            ResourceBundle text) throws IOException {
        switch (name) {
            case "users.xlsx" -> users(response, actor, text);
            case "rule-sets.xlsx" -> ruleSets(response, actor, text);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void users(HttpServletResponse response, Actor admin, ResourceBundle text) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (UserAccount u : users.allUsers(admin)) {
            rows.add(Arrays.asList(u.getUsername(), u.getFullName(), u.getPosition(), u.getUnit().getName(),
                    u.getRoles().stream().map(r -> text.getString("role." + r)).sorted()
                            .collect(Collectors.joining(", ")),
                    u.isEnabled() ? text.getString("common.yes") : text.getString("common.no")));
        }
        List<String> headers = List.of(text.getString("users.username"), text.getString("users.fullName"),
                text.getString("users.position"), text.getString("proposal.unit"), text.getString("users.roles"),
                text.getString("users.enabled"));
        Downloads.send(response, text.getString("export.users.fileName"), Downloads.XLSX,
                new ListExport().write(text.getString("users.title"), headers, rows), false);
    }

    /** One row per parameter of each set, so that two sets compare side by side with a filter in Excel. */
    private void ruleSets(HttpServletResponse response, Actor admin, ResourceBundle text) throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        ruleSets.titles().forEach(t -> titles.put(t.getCode(), t.name(localeSelector.getLocale())));
        List<List<Object>> rows = new ArrayList<>();
        for (RuleSet set : ruleSets.all(admin)) {
            set.getParameters().forEach((key, value) -> rows.add(Arrays.asList(set.getName(), set.getEffectiveFrom(),
                    ParameterLabels.of(key, titles, ParameterLabels.from(text)), key, value)));
        }
        List<String> headers = List.of(text.getString("ruleSets.name"), text.getString("ruleSets.effectiveFrom"),
                text.getString("ruleSets.parameters"), text.getString("export.parameterKey"),
                text.getString("export.value"));
        Downloads.send(response, text.getString("export.ruleSets.fileName"), Downloads.XLSX,
                new ListExport().write(text.getString("ruleSets.title"), headers, rows), false);
    }
}
