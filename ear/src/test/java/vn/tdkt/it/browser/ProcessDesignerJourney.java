package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.it.browser.pages.DesignerPage;
import vn.tdkt.it.browser.pages.InboxPage;
import vn.tdkt.it.browser.pages.ProcessesPage;
import vn.tdkt.it.browser.pages.ProposalFormPage;
import vn.tdkt.it.browser.pages.TaskPage;

/**
 * The administrator changes the procedure in the browser: opens the current diagram in the designer, adds the step
 * "Lấy ý kiến Công đoàn" offered to the unit's council secretaries, checks and deploys it. A dossier submitted
 * afterwards goes through the new step; one submitted before still runs on the old version until the administrator
 * moves it, from the versions page, to the new one. Nobody but an administrator reaches any of it.
 */
abstract class ProcessDesignerJourney extends BrowserTest {

    private static final String OPINION_STEP = "Lấy ý kiến Công đoàn";

    /** The version the test started from, deployed again at the end so that later tests meet the usual procedure. */
    private Integer restoreVersion;

    @Test
    void anAdministratorAddsAStepDeploysItAndMovesAnOlderDossierToIt() throws Exception {
        login.signInAs("clerk");
        String older = submit("Nguyễn Văn Cũ " + System.currentTimeMillis() % 10000);

        login.signInAs("admin");
        ProcessesPage versions = ProcessesPage.open(browser);
        int current = versions.latestVersion();
        long start = System.nanoTime();
        DesignerPage designer = versions.openDesigner();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("DESIGNER: page with the diagram drawn (%d shapes) in %d ms%n", designer.shapes(),
                loadMillis);
        browser.screenshot("designer-loaded");

        designer.insertUserTaskOn("Flow_UnitHeadApproved");
        assertThat(designer.check()).contains("Sơ đồ không được triển khai", "Bước xử lý phải có tên",
                "Bước xử lý phải giao cho một nhóm người xử lý", "Bước xử lý phải chọn biểu mẫu");
        designer.name(OPINION_STEP).group("Thư ký Hội đồng TĐKT", "Đơn vị đề nghị (của hồ sơ)")
                .form("Lấy ý kiến (đồng ý / không đồng ý)");
        assertThat(designer.check()).contains("Sơ đồ hợp lệ, có thể triển khai.");
        versions = designer.deploy("Thêm bước lấy ý kiến Công đoàn");
        restoreVersion = current;
        assertThat(versions.messages()).contains("Đã triển khai", "phiên bản " + (current + 1));
        assertThat(versions.rows().get(0)).contains(String.valueOf(current + 1), "admin",
                "Thêm bước lấy ý kiến Công đoàn");

        login.signInAs("clerk");
        String newer = submit("Trần Thị Mới " + System.currentTimeMillis() % 10000);
        login.signInAs("leader");
        InboxPage.open(browser).openReview(newer).approve("Đồng ý.");
        login.signInAs("secretary");
        TaskPage opinion = InboxPage.open(browser).openTask(newer);
        assertThat(opinion.stepName()).isEqualTo(OPINION_STEP);
        opinion.giveOpinion("Ban Chấp hành Công đoàn cơ sở nhất trí đề nghị.", true);
        assertThat(browser.pageText()).contains("Đã ghi ý kiến về hồ sơ " + newer);
        assertThat(InboxPage.open(browser).rowText(newer)).contains("Ghi kết quả bỏ phiếu Hội đồng");

        login.signInAs("admin");
        versions = ProcessesPage.open(browser).prepareMigration(current);
        assertThat(versions.candidate(older)).contains("Thủ trưởng", "Có");
        assertThat(versions.showPosition(older).currentSteps()).containsExactly("Task_UnitHeadReview");
        versions = ProcessesPage.open(browser).prepareMigration(current);
        versions = versions.migrateOnly(older);
        assertThat(versions.messages()).contains("Đã chuyển 1 hồ sơ sang phiên bản " + (current + 1));

        login.signInAs("leader");
        InboxPage.open(browser).openReview(older).approve("Đồng ý.");
        login.signInAs("secretary");
        assertThat(InboxPage.open(browser).openTask(older).stepName()).isEqualTo(OPINION_STEP);
    }

    @Test
    void nobodyButAnAdministratorReachesTheDesigner() throws Exception {
        for (String username : List.of("clerk", "leader", "secretary", "appraiser", "approver")) {
            login.signInAs(username);
            for (String path : List.of("/app/admin/processes.xhtml", "/app/admin/designer.xhtml",
                    "/app/admin/designer.xhtml?version=x", "/app/admin/process-file?id=x")) {
                assertThat(request("GET", path).statusCode()).as(username + " GET " + path).isEqualTo(403);
            }
            assertThat(request("POST", "/app/admin/designer.xhtml").statusCode()).as(username + " POST")
                    .isEqualTo(403);
            assertThat(request("POST", "/app/admin/processes.xhtml").statusCode()).as(username + " POST")
                    .isEqualTo(403);
        }
    }

    @Test
    void aProcessKeyInTheAddressIsShownAsTextNeverRunAsScript() {
        // A link an attacker sends an administrator: the key would end a string, or the script element, in the page.
        String key = "x';window.tdktInjected=1;'</script><script>window.tdktInjected=2</script>";
        login.signInAs("admin");
        browser.open("/app/admin/designer.xhtml?process=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        assertThat(browser.pageText()).contains("Không tìm thấy phiên bản quy trình " + key + ".");
        assertThat(browser.script("return window.tdktInjected === undefined ? 'none' : window.tdktInjected;"))
                .isEqualTo("none");
        assertThat(browser.script("return document.getElementById('designer-root').dataset.fileName;"))
                .isEqualTo(key + ".bpmn");
    }

    @Test
    void aScriptSomeoneManagesToInjectIntoAPageDoesNotRun() {
        login.signInAs("admin");
        browser.open("/app/admin/designer.xhtml");
        new DesignerPage(browser); // the editor runs under the policy: its bundle is the application's own
        // What an injection would add: a script element and an inline handler, neither carrying the page's nonce.
        Object ran = browser.script("var script = document.createElement('script');"
                + " script.textContent = 'window.tdktInjected = 1;'; document.body.appendChild(script);"
                + " document.body.insertAdjacentHTML('beforeend', '<img src=\"data:,\" onerror=\"window.tdktInjected = 2\">');"
                + " return window.tdktInjected === undefined ? 'none' : window.tdktInjected;");

        assertThat(ran).isEqualTo("none");
        assertThat(browser.securityPolicyViolations()).as("the browser reports what it refused").isNotEmpty()
                .allMatch(message -> message.contains("script-src"));
    }

    /** Deploys the version the test started from again: the latest version has the usual steps once more. */
    @AfterEach
    void restoreTheProcedure() {
        if (restoreVersion == null) {
            return;
        }
        login.signInAs("admin");
        ProcessesPage.open(browser).openVersion(restoreVersion).deploy("Khôi phục quy trình sau kiểm thử");
        restoreVersion = null;
    }

    private String submit(String nominee) throws Exception {
        ProposalFormPage form = ProposalFormPage.openNew(browser)
                .kind("Cá nhân")
                .nomineeName(nominee)
                .position("Kiểm sát viên")
                .title("Lao động tiên tiến")
                .summary("Hoàn thành tốt nhiệm vụ năm 2025.")
                .addNominee()
                .saveDraft();
        form.attach("Tờ trình", pdf("Tờ trình.pdf")).attach("Báo cáo thành tích", pdf("Báo cáo thành tích.pdf"));
        return form.submit().number();
    }

    private HttpResponse<byte[]> request(String method, String path) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
