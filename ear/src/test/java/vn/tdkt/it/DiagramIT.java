package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.TestDossiers;
import vn.tdkt.workflow.diagram.InstanceDiagram;
import vn.tdkt.workflow.diagram.ProcessDiagram;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * A proposal's process diagram and its audit export inside WildFly on PostgreSQL, through the services and over
 * HTTP as a signed-in browser fetches them: the step waiting now is marked current, another unit's clerk gets
 * 404, and the export lists every event of the history with its Vietnamese intact. Runs against the demo accounts
 * (password "demo").
 */
@ExtendWith(ArquillianExtension.class)
class DiagramIT {

    private static final long LDTT = 1L;
    /** The server this test runs in, on the port offset the test configuration gives it. */
    private static final String BASE = "http://127.0.0.1:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/tdkt";

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    TestDossiers dossiers;

    @Inject
    UnitHeadReview review;

    @Inject
    Inbox inbox;

    @Inject
    UserDirectory users;

    @Inject
    ProcessDiagram diagrams;

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }

    private long submitted(String nominee) {
        long id = dossiers.draft(nominee);
        clerkProposals.submit(actor("clerk"), id, false);
        return id;
    }

    @Test
    void theDiagramOfASubmittedProposalMarksTheUnitHeadsReviewAndMovesOnAfterTheApproval() throws Exception {
        long id = submitted("Đặng Thị Thu Hương");

        InstanceDiagram.Drawing drawing = diagrams.of(actor("clerk"), id).orElseThrow();
        assertThat(drawing.marks().current()).containsExactly(ProcessKeys.TASK_UNIT_HEAD_REVIEW);
        assertThat(drawing.currentStepNames()).containsExactly("Thủ trưởng đơn vị xem xét");
        assertThatThrownBy(() -> diagrams.of(actor("clerk2"), id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("proposal.error.notFound"));

        HttpClient clerk = signedIn("clerk");
        HttpResponse<String> svg = get(clerk, "/app/diagram/" + id + ".svg");
        assertThat(svg.statusCode()).as(svg.body()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml")
                .containsIgnoringCase("charset=utf-8");
        assertThat(svg.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(svg.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(svg.body()).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("class=\"shape task current\" data-element-id=\"Task_UnitHeadReview\"")
                .contains("Thủ trưởng đơn vị").contains("viewBox=\"");

        HttpResponse<String> dossier = get(clerk, "/app/proposal.xhtml?id=" + id);
        assertThat(dossier.body()).contains("id=\"process-diagram\"", "/app/diagram/" + id + ".svg",
                "bước hiện tại: Thủ trưởng đơn vị xem xét", "id=\"history-timeline\"");

        HttpClient otherUnit = signedIn("clerk2");
        HttpResponse<String> foreign = get(otherUnit, "/app/diagram/" + id + ".svg");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("data-element-id").doesNotContain("Đặng Thị Thu Hương");
        assertThat(get(clerk, "/app/diagram/999999999.svg").statusCode()).isEqualTo(404);
        assertThat(get(clerk, "/app/diagram/" + id + ".png").statusCode()).isEqualTo(404);

        review.approve(actor("leader"), inbox.of(actor("leader")).stream().filter(t -> t.getProposalId() == id)
                .findFirst().orElseThrow().getTaskId(), "Đồng ý.");
        assertThat(get(clerk, "/app/diagram/" + id + ".svg").body())
                .contains("class=\"shape task current\" data-element-id=\"Task_CouncilVote\"")
                .contains("class=\"shape task done\" data-element-id=\"Task_UnitHeadReview\"");
    }

    @Test
    void aDraftHasNoDiagram() throws Exception {
        long draft = clerkProposals.createDraft(actor("clerk"), ProposalInput.single(2025,
                NomineeInput.individual("Lý Thị Mai", "Kiểm sát viên", LDTT, "Hoàn thành tốt nhiệm vụ.")));
        assertThat(diagrams.of(actor("clerk"), draft)).isEmpty();
        assertThat(get(signedIn("clerk"), "/app/diagram/" + draft + ".svg").statusCode()).isEqualTo(404);
    }

    @Test
    void theHistoryExportHasOneRowPerEventInVietnamese() throws Exception {
        long id = submitted("Hoàng Thị Ngọc Ánh");
        List<ProposalEvent> history = clerkProposals.read(actor("clerk"), id).getHistory();

        HttpResponse<byte[]> export = signedIn("clerk").send(HttpRequest.newBuilder(
                URI.create(BASE + "/app/exports/history.xlsx?id=" + id)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).get().asString().contains("spreadsheetml");
        assertThat(export.headers().firstValue("Content-Disposition")).get().asString()
                .contains("filename*=UTF-8''lich-su-xu-ly-VKSND-");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("a header and one row per event").isEqualTo(history.size());
            Row header = sheet.getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(4).getStringCellValue(), header.getCell(5).getStringCellValue()))
                    .containsExactly("Thời điểm", "Người thực hiện", "Vai trò", "Hành động", "Nội dung / ý kiến",
                            "Bước quy trình");
            for (int i = 0; i < history.size(); i++) {
                Row row = sheet.getRow(i + 1);
                ProposalEvent event = history.get(i);
                LocalDateTime at = row.getCell(0).getLocalDateTimeCellValue();
                assertThat(at).isCloseTo(event.getOccurredAt(), within(1, ChronoUnit.SECONDS));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Trần Thị Thu Hà (clerk)");
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Cán bộ thi đua");
            }
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Tạo hồ sơ");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Đính kèm tệp");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("tờ trình.pdf");
            assertThat(sheet.getRow(history.size()).getCell(3).getStringCellValue())
                    .isEqualTo("Trình thủ trưởng đơn vị");
        }

        HttpResponse<String> foreign = get(signedIn("clerk2"), "/app/exports/history.xlsx?id=" + id);
        assertThat(foreign.statusCode()).isEqualTo(404);
        // Like any missing page: the application's not-found page, whatever the download's refusal was.
        assertThat(foreign.body()).contains("id=\"error-page\"");
        HttpClient clerk = signedIn("clerk");
        for (String refused : List.of("/app/exports/history.xlsx", "/app/exports/history.xlsx?id=x",
                "/app/exports/unknown.xlsx", "/app/files/x", "/app/bloc-files/other/1")) {
            HttpResponse<String> answer = get(clerk, refused);
            assertThat(answer.statusCode()).as(refused).isEqualTo(404);
            assertThat(answer.body()).as(refused).contains("id=\"error-page\"");
        }
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A client signed in through the login page as a browser is, keeping the session cookie. */
    private static HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> loginPage = get(client, "/login.xhtml");
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(loginPage.body());
        assertThat(viewState.find()).as(loginPage.body()).isTrue();
        String form = "login-form=login-form&login-form%3Ausername=" + username + "&login-form%3Apassword=demo"
                + "&login-form%3Alogin=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        return client;
    }
}
