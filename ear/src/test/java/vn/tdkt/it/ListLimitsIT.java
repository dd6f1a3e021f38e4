package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.organisation.UserAdministration;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.spreadsheet.ListExport;

/**
 * Bounded work on a long list: a unit head with 50,001 open tasks (more than one export holds) downloads the inbox
 * as Excel and gets the first 50,000 rows and a last line saying the list was cut; asks the REST API for the tasks
 * without paging parameters and gets the first page of 20 with the total; and the unit's register page, with more
 * lines than it holds, shows the newest and says so. The tasks are inserted with SQL into the
 * inbox table (held by a user of this test only, so that nobody else's inbox changes) and removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ListLimitsIT {

    private static final String USERNAME = "hop.viec.dai";
    private static final String PASSWORD = "mật-khẩu-đủ-dài";
    private static final int TASKS = ListExport.MAX_ROWS + 1;
    private static final String BASE = "http://127.0.0.1:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/tdkt";

    @Inject
    UserAdministration administration;

    @Inject
    UserDirectory users;

    @Inject
    Inbox inbox;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    /** The open tasks of the user's group (the unit heads of VKSND) that other tests left. */
    private long tasksBefore;

    @BeforeEach
    void aUnitHeadWithMoreOpenTasksThanOneExportHolds() throws SQLException {
        if (users.actorFor(USERNAME).isEmpty()) {
            administration.create(users.actorFor("admin").orElseThrow(), USERNAME, "Lưu Văn Nhiều Việc",
                    "Phó Viện trưởng", "VKSND", Set.of(Role.UNIT_LEADER), null, PASSWORD.toCharArray());
        }
        removeTasks();
        tasksBefore = inbox.tasks(users.actorFor(USERNAME).orElseThrow(), 0, 1).total();
        sql("INSERT INTO inbox_task (task_id, task_key, task_name, process_instance_id, proposal_number, unit_code,"
                + " assignee, created_at, due_at, lead_nominee_name)"
                + " SELECT 'long-list-' || i, 'Task_UnitHeadReview', 'Thủ trưởng đơn vị xem xét', 'long-list-pi-' || i,"
                + " 'DAI-' || lpad(i::text, 6, '0'), 'VKSND', '" + USERNAME + "', now() - i * interval '1 second',"
                // Due long ago, so that they come before the group's real tasks, earliest due first.
                + " TIMESTAMP '2001-01-01' + i * interval '1 minute', 'Nguyễn Văn Thứ ' || i"
                + " FROM generate_series(1, " + TASKS + ") i");
    }

    @AfterEach
    void removeTasks() throws SQLException {
        sql("DELETE FROM inbox_task WHERE task_id LIKE 'long-list-%'");
    }

    /** One test for both, as filling and emptying the long list is most of its time. */
    @Test
    void theExportStopsAtItsCapAndTheRestListWithoutPagingIsTheFirstPage() throws Exception {
        theInboxExportStopsAtItsCapAndSaysSoInItsLastRow();
        theRestTaskListWithoutPagingIsTheFirstPageWithTheTotal();
        theRegisterPageShowsItsNewestLinesAndSaysThereAreMore();
    }

    /**
     * The unit's register with more lines than the page holds (inserted for long-past years, so that no rule of a
     * current dossier reads them, and removed again): the page shows the newest and says that the export has all.
     */
    private void theRegisterPageShowsItsNewestLinesAndSaysThereAreMore() throws Exception {
        String cut = "Sổ có hơn 5.000 dòng: trang này hiển thị 5.000 dòng mới nhất.";
        HttpClient client = signedIn();
        assertThat(get(client, "/app/register.xhtml")).as("a register of usual size").doesNotContain(cut);
        try {
            sql("INSERT INTO award (id, nominee_kind, unit_id, nominee_name, title_id, award_year, decision_number,"
                    + " decision_date, issuer) SELECT -i, 'INDIVIDUAL', u.id, 'Trần Thị Sổ Dài ' || i, 1, 1900,"
                    + " i || '/QĐ-DAI', DATE '1900-12-31', 'Viện trưởng' FROM org_unit u,"
                    // One more than RegisterView.SHOWN_AT_MOST (the web module's classes are not on this side).
                    + " generate_series(1, 5001) i WHERE u.code = 'VKSND'");
            String page = get(client, "/app/register.xhtml");
            assertThat(page).contains(cut);
            assertThat(count(page, "award-row")).as("the first page of the table").isEqualTo(25);
        } finally {
            sql("DELETE FROM award WHERE decision_number LIKE '%/QĐ-DAI'");
        }
    }

    private static String get(HttpClient client, String path) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private void theInboxExportStopsAtItsCapAndSaysSoInItsLastRow() throws Exception {
        HttpResponse<byte[]> export = signedIn().send(HttpRequest.newBuilder(
                URI.create(BASE + "/app/exports/inbox.xlsx")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).get().asString().contains("spreadsheetml");

        // The sheet's XML read as text: a 50,000-row workbook opened with POI's tree would weigh on the server.
        String sheet = sheetXml(export.body());
        assertThat(count(sheet, "<row ")).as("header, 50,000 tasks, the note").isEqualTo(ListExport.MAX_ROWS + 2);
        assertThat(sheet).contains("DAI-000001", "DAI-050000").doesNotContain("DAI-050001");
        assertThat(sheet).contains("<row r=\"" + (ListExport.MAX_ROWS + 3) + "\"")
                .contains("Danh sách dài hơn 50.000 dòng: tệp này chỉ gồm 50.000 dòng đầu tiên");
    }

    private void theRestTaskListWithoutPagingIsTheFirstPageWithTheTotal() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(BASE + "/api/v1/tasks")).header("Authorization",
                        "Basic " + Base64.getEncoder()
                                .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        JsonObject page;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            page = reader.readObject();
        }
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(20);
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(tasksBefore + TASKS);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class)).hasSize(20)
                .extracting(task -> task.getString("proposalNumber")).startsWith("DAI-000001", "DAI-000002");
    }

    /** Read through the zip's directory: the entries streamed by POI give their sizes only there. */
    private static String sheetXml(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("tdkt-inbox-", ".xlsx");
        try {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
                assertThat(sheet).as("the sheet of the export").isNotNull();
                try (InputStream xml = zip.getInputStream(sheet)) {
                    return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** A client signed in through the login page as a browser is, keeping the session cookie. */
    private static HttpClient signedIn() throws Exception {
        // HTTP/1.1 as a browser speaks on plain http: Java's client would otherwise upgrade to HTTP/2 (h2c), whose
        // connection Undertow closes (GOAWAY) when no frame passed for its idle time, here while the server builds
        // the 50,000-row workbook on a busy machine.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(loginPage.body());
        assertThat(viewState.find()).as(loginPage.body()).isTrue();
        String form = "login-form=login-form&login-form%3Ausername=" + USERNAME + "&login-form%3Apassword="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&login-form%3Alogin=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        return client;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
