package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.pages.InboxPage;
import vn.tdkt.it.browser.pages.LoginPage;
import vn.tdkt.it.browser.pages.ProposalFormPage;
import vn.tdkt.it.browser.pages.ProposalPage;
import vn.tdkt.it.browser.pages.ReviewPage;

/**
 * A person's path through the application in headless Chromium: the clerk proposes, the unit head returns it,
 * the clerk revises and resubmits, the unit head approves; another unit sees none of it; bad input is refused
 * beside the field and loses nothing.
 */
abstract class ProposalJourney extends BrowserTest {

    private static final String LDTT = "Lao động tiên tiến";

    /** The clerk creates a dossier for one Lao động tiên tiến, attaches the files it needs and submits it. */
    private ProposalPage submitProposal(String nominee) throws Exception {
        return submitProposal(nominee, "Hoàn thành tốt nhiệm vụ năm 2025; tích cực tham gia phong trào thi đua.");
    }

    private ProposalPage submitProposal(String nominee, String summary) throws Exception {
        login.signInAs("clerk");
        ProposalFormPage form = ProposalFormPage.openNew(browser)
                .nomineeName(nominee)
                .position("Kiểm sát viên sơ cấp")
                .title(LDTT)
                .summary(summary)
                .addNominee()
                .saveDraft();
        assertThat(browser.pageText()).contains("Đã lưu nháp hồ sơ");
        form.attach("Tờ trình", pdf("Tờ trình.pdf")).attach("Báo cáo thành tích", pdf("Báo cáo thành tích.pdf"));
        return form.submit();
    }

    @Test
    void aProposalGoesFromTheClerkToTheUnitHeadBackForRevisionAndIsApproved() throws Exception {
        // 1. The clerk proposes an individual with a Vietnamese name, saves a draft and submits.
        ProposalPage submitted = submitProposal("Nguyễn Thị Ngọc Hân");
        String number = submitted.number();
        String id = submitted.id();
        assertThat(submitted.status()).isEqualTo("Chờ thủ trưởng duyệt");
        assertThat(submitted.nominee()).isEqualTo("Nguyễn Thị Ngọc Hân");

        // 2. The unit head finds it in the inbox with its business data and returns it; a reason is required.
        InboxPage leaderInbox = login.signInAs("leader");
        InboxPage.open(browser);
        assertThat(leaderInbox.rowText(number)).contains("Nguyễn Thị Ngọc Hân", LDTT,
                "Viện Kiểm sát nhân dân tỉnh");
        ReviewPage review = leaderInbox.openReview(number);
        assertThat(review.nominee()).isEqualTo("Nguyễn Thị Ngọc Hân");
        assertThat(review.returnExpectingError("   ")).isEqualTo("Không được chỉ nhập khoảng trắng.");
        review.returnWith("Đề nghị bổ sung số quyết định công nhận sáng kiến.");
        assertThat(browser.pageText()).contains("Đã trả lại hồ sơ " + number);
        assertThat(new InboxPage(browser).hasTaskFor(number)).isFalse();

        // 3. The clerk sees the return with its reason, revises and resubmits; it is back with the unit head.
        login.signInAs("clerk");
        InboxPage clerkInbox = InboxPage.open(browser);
        assertThat(clerkInbox.rowText(number)).contains("Đề nghị bổ sung số quyết định công nhận sáng kiến.");
        ProposalFormPage revision = clerkInbox.openRevision(number);
        assertThat(revision.returnReason()).contains("Đề nghị bổ sung số quyết định công nhận sáng kiến.");
        revision.editNominee(0).summary("Đã bổ sung Quyết định số 15/QĐ-VKS ngày 10/01/2025 công nhận sáng kiến.")
                .addNominee().submit();
        assertThat(browser.pageText()).contains("Đã trình lại hồ sơ " + number);

        login.signInAs("leader");
        InboxPage.open(browser).openReview(number).approve("Đồng ý.");

        // 4. Approved, with the whole history: who, what, when.
        login.signInAs("clerk");
        ProposalPage approved = ProposalPage.open(browser, id);
        assertThat(approved.status()).isEqualTo("Đã duyệt cấp đơn vị");
        // Created, two files, submitted, returned, changed, resubmitted, approved (submitting a saved draft
        // unchanged records no change).
        assertThat(approved.history()).hasSize(8);
        assertThat(approved.history().get(0)).contains("Trần Thị Thu Hà (clerk)", "Tạo hồ sơ");
        assertThat(approved.history().get(1)).contains("Đính kèm tệp", "Tờ trình.pdf");
        assertThat(approved.history().get(2)).contains("Đính kèm tệp", "Báo cáo thành tích.pdf");
        assertThat(approved.history().get(3)).contains("Trần Thị Thu Hà (clerk)", "Trình thủ trưởng đơn vị");
        assertThat(approved.history().get(4)).contains("Nguyễn Văn Minh (leader)", "Trả lại cho cán bộ thi đua",
                "Đề nghị bổ sung số quyết định công nhận sáng kiến.");
        assertThat(approved.history().get(5)).contains("Trần Thị Thu Hà (clerk)", "Sửa hồ sơ");
        assertThat(approved.history().get(6)).contains("Trần Thị Thu Hà (clerk)", "Trình lại sau khi bổ sung");
        assertThat(approved.history().get(7)).contains("Nguyễn Văn Minh (leader)", "Duyệt cấp đơn vị", "Đồng ý.");
        // The process diagram beside it: the council's vote is the current step, and the SVG loads as an image.
        assertThat(approved.diagramAlt()).contains("Thư ký hội đồng ghi kết quả bỏ phiếu");
        assertThat(approved.diagramLoaded()).isTrue();
    }

    @Test
    void anotherUnitNeverSeesTheProposalByPageByUrlOrByTask() throws Exception {
        ProposalPage submitted = submitProposal("Trần Quốc Toản");
        String number = submitted.number();
        String id = submitted.id();
        login.signInAs("leader");
        String reviewUrl = "";
        InboxPage leaderInbox = InboxPage.open(browser);
        ReviewPage review = leaderInbox.openReview(number);
        reviewUrl = review.url();

        login.signInAs("clerk2");
        assertThat(InboxPage.open(browser).hasTaskFor(number)).isFalse();
        browser.open("/app/proposals.xhtml");
        assertThat(browser.pageText()).doesNotContain(number).doesNotContain("Trần Quốc Toản");
        ProposalPage foreign = ProposalPage.open(browser, id);
        assertThat(foreign.showsDossier()).isFalse();
        assertThat(foreign.messages()).contains("Không tìm thấy hồ sơ");
        assertThat(browser.pageText()).doesNotContain("Trần Quốc Toản");

        login.signInAs("leader2");
        assertThat(InboxPage.open(browser).hasTaskFor(number)).isFalse();
        ReviewPage stolen = ReviewPage.open(browser, reviewUrl);
        assertThat(stolen.showsDecisionForms()).isFalse();
        assertThat(stolen.messages()).contains("không còn thuộc về bạn");
        assertThat(browser.pageText()).doesNotContain("Trần Quốc Toản");
    }

    @Test
    void approvingATaskThatSomeoneElseCompletedMeanwhileShowsAClearMessage() throws Exception {
        String number = submitProposal("Mai Thị Thu Thủy").number();
        login.signInAs("leader");
        ReviewPage stale = InboxPage.open(browser).openReview(number);

        // The same unit head, in another browser, approves first.
        try (Browser other = new Browser()) {
            new LoginPage(other).signInAs("leader");
            InboxPage.open(other).openReview(number).approve(null);
        }

        String message = stale.approveExpectingRefusal();
        assertThat(message).contains("Công việc này đã được xử lý hoặc không còn thuộc về bạn.");
        assertThat(browser.pageText()).doesNotContain("Exception").doesNotContain("Đã xảy ra lỗi");
        // The page now shows what happened instead of offering the decision again.
        assertThat(stale.showsDecisionForms()).isFalse();
        assertThat(new ProposalPage(browser).status()).isEqualTo("Đã duyệt cấp đơn vị");
    }

    @Test
    void theClerkBuildsADossierWithTwoNomineesSeesARuleErrorFixesItAndSubmits() throws Exception {
        login.signInAs("clerk");
        ProposalFormPage form = ProposalFormPage.openNew(browser).year("2026")
                .nomineeName("Lâm Quốc Bảo").position("Kiểm sát viên sơ cấp").title(LDTT)
                .summary("Hoàn thành tốt nhiệm vụ năm 2026.").addNominee()
                .nomineeName("Đặng Thị Ngọc Ánh").position("Kiểm sát viên trung cấp")
                .title("Chiến sĩ thi đua cấp tỉnh").summary("Ba năm liên tục hoàn thành xuất sắc nhiệm vụ.")
                .addNominee();
        assertThat(form.nominees()).containsExactly("Lâm Quốc Bảo", "Đặng Thị Ngọc Ánh");
        form.saveDraft();

        // The register shows CSTĐCS for 2024 and 2025 only: the rule names her, the years and the law.
        assertThat(form.findings()).anySatisfy(finding -> assertThat(finding).startsWith("Lỗi:")
                .contains("Đặng Thị Ngọc Ánh chỉ có 2 năm liên tục đạt Chiến sĩ thi đua cơ sở (2024, 2025)")
                .contains("cần 3 năm liên tục", "Điều 22"));
        assertThat(form.missingFiles()).contains("SUBMISSION_LETTER", "ACHIEVEMENT_REPORT");

        // A page renamed .pdf is refused by its content; real files are attached and ticked off the checklist.
        Path fake = file("giả mạo.pdf");
        Files.writeString(fake, "<html><script>alert(1)</script></html>");
        form.attach("Tờ trình", fake);
        assertThat(browser.pageText()).contains("Không nhận dạng được nội dung tệp giả mạo.pdf");
        form.attach("Tờ trình", pdf("Tờ trình số 15.pdf"))
                .attach("Báo cáo thành tích", pdf("Báo cáo thành tích hai cá nhân.pdf"));
        assertThat(form.attachments()).containsExactly("Tờ trình số 15.pdf", "Báo cáo thành tích hai cá nhân.pdf");
        assertThat(form.missingFiles()).doesNotContain("SUBMISSION_LETTER", "ACHIEVEMENT_REPORT");

        form.submitExpectingErrors();
        assertThat(browser.pageText()).contains("lỗi về điều kiện khen thưởng");

        // Fixed: she is proposed for Lao động tiên tiến this year; nothing blocks any more.
        form.editNominee(1).title(LDTT).addNominee().saveDraft();
        assertThat(form.findings()).isEmpty();
        assertThat(browser.pageText()).contains("Hồ sơ đáp ứng các điều kiện đã kiểm tra.");
        ProposalPage submitted = form.submit();
        assertThat(submitted.status()).isEqualTo("Chờ thủ trưởng duyệt");
        assertThat(browser.pageText()).contains("Lâm Quốc Bảo", "Đặng Thị Ngọc Ánh", "Tờ trình số 15.pdf");
    }

    @Test
    void blankOrMissingNomineeFieldsAreRefusedBesideEachFieldAndNothingIsCreated() {
        // Cục THADS's clerk: no journey running meanwhile creates a dossier in that unit, so the count is this test's.
        login.signInAs("clerk.thads");
        browser.open("/app/proposals.xhtml");
        int before = browser.driver().findElements(By.cssSelector("tr.proposal-row")).size();

        ProposalFormPage form = ProposalFormPage.openNew(browser).nomineeName("     ").addNominee();
        assertThat(form.messageBeside("nominee-name")).isEqualTo("Trường này là bắt buộc.");
        form.nomineeName("Lý Thị Mỹ Lệ").addNominee();
        assertThat(form.messageBeside("nominee-details")).isEqualTo("Trường này là bắt buộc.");
        form.position("Chuyên viên").addNominee();
        assertThat(form.messageBeside("nominee-title")).isEqualTo("Trường này là bắt buộc.");
        assertThat(form.nominees()).isEmpty();

        form.submitExpectingErrors();
        assertThat(browser.pageText()).contains("Hồ sơ phải có ít nhất một đối tượng đề nghị.");
        assertThat(form.currentUrl()).doesNotContain("id=");
        browser.open("/app/proposals.xhtml");
        assertThat(browser.driver().findElements(By.cssSelector("tr.proposal-row"))).hasSize(before);
    }

    @Test
    void aReportOverTheLimitIsRefusedAndTheSavedDraftKeepsItsText() {
        login.signInAs("clerk");
        ProposalFormPage form = ProposalFormPage.openNew(browser).nomineeName("Lý Thị Mỹ Lệ").position("Chuyên viên")
                .title(LDTT).summary("Bản nháp đầu tiên.").addNominee().saveDraft();
        String draftUrl = form.currentUrl();
        assertThat(draftUrl).contains("id=");

        form.editNominee(0).pasteSummary("Ấ".repeat(8001)).addNominee();
        assertThat(form.messageBeside("nominee-report")).isEqualTo("Tối đa 8.000 ký tự.");
        // What the clerk typed is still in the form, and what was saved before is still saved.
        assertThat(form.value("nominee-report")).hasSize(8001);
        browser.driver().get(draftUrl);
        assertThat(new ProposalFormPage(browser).editNominee(0).value("nominee-report"))
                .isEqualTo("Bản nháp đầu tiên.");
    }

    @Test
    void markupInTextIsShownAsTextNeverRun() throws Exception {
        String markup = "<script>window.tdktInjected=1</script><b>Hoàng Văn Thụ</b>";
        ProposalPage page = submitProposal(markup, "<img src=x onerror=\"window.tdktInjected=2\">");
        assertThat(page.nominee()).isEqualTo(markup);
        Object injected = ((JavascriptExecutor) browser.driver())
                .executeScript("return window.tdktInjected === undefined ? 'none' : window.tdktInjected;");
        assertThat(injected).isEqualTo("none");
    }

    @Test
    void theRegisterShowsTheEvidenceTheRulesReadAndEveryListExportsToExcel() throws Exception {
        login.signInAs("clerk");
        browser.open("/app/register.xhtml");
        // Filtered by the name: the in-server tests add many awards to this unit, which page the table on.
        WebElement nameFilter = browser.driver().findElements(By.cssSelector("#register-form\\:dt-register"
                + " input.ui-column-filter")).get(1);
        nameFilter.sendKeys("Huỳnh Thị Kim Ngân");
        browser.waitUntil(d -> {
            try {
                List<WebElement> rows = d.findElements(By.cssSelector("tr.award-row"));
                return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains("Huỳnh Thị Kim Ngân"));
            } catch (StaleElementReferenceException replacedByTheFilter) {
                return false;
            }
        });
        assertThat(browser.pageText()).contains("Sổ khen thưởng của đơn vị", "Huỳnh Thị Kim Ngân",
                "Chiến sĩ thi đua cơ sở", "02/QĐ-VKS", "Sổ tay kiểm sát viên điện tử")
                .doesNotContain("Trịnh Công Sơn");

        assertThat(sheet("/app/exports/register.xlsx")).contains("Họ và tên / Tên tập thể", "Huỳnh Thị Kim Ngân",
                "Sổ tay kiểm sát viên điện tử").doesNotContain("Trịnh Công Sơn");
        assertThat(sheet("/app/exports/proposals.xlsx")).contains("Số hồ sơ", "Đặng Thị Ngọc Ánh", "Nháp");
        assertThat(sheet("/app/exports/inbox.xlsx")).contains("Số hồ sơ", "Huỳnh Thị Kim Ngân");
        assertThat(sheet("/app/exports/nominee-template.xlsx")).contains("Loại đối tượng", "Tóm tắt thành tích");
        assertThat(download("/app/admin/exports/users.xlsx").statusCode()).isEqualTo(403);

        login.signInAs("clerk2");
        assertThat(sheet("/app/exports/register.xlsx")).contains("Trịnh Công Sơn").doesNotContain("Huỳnh Thị Kim Ngân");

        login.signInAs("admin");
        assertThat(sheet("/app/admin/exports/users.xlsx")).contains("clerk2", "Công an tỉnh", "Cán bộ thi đua");
        assertThat(sheet("/app/admin/exports/rule-sets.xlsx")).contains("Nghị định 152/2025/NĐ-CP",
                "Bắt buộc «Biên bản họp xét» khi đề nghị Chiến sĩ thi đua cấp tỉnh (1 = có, 0 = không)");
    }

    /** A file downloaded in the signed-in browser's session. */
    private HttpResponse<byte[]> download(String path) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every text cell of the first sheet of an Excel file downloaded in the browser's session. */
    private List<String> sheet(String path) throws Exception {
        HttpResponse<byte[]> response = download(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));
        List<String> texts = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(
                new ByteArrayInputStream(response.body()))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
        }
        return texts;
    }

    @Test
    void aTamperedProposalIdShowsNotFoundInsteadOfAnErrorPage() {
        login.signInAs("clerk");
        for (String tampered : new String[] {"abc", "99999999", "-1", "1%27%20OR%201=1"}) {
            ProposalPage page = ProposalPage.open(browser, tampered);
            assertThat(page.showsDossier()).as(tampered).isFalse();
            assertThat(browser.pageText()).as(tampered).contains("Không tìm thấy hồ sơ");
        }
    }

    @Test
    void pagesOfOtherRolesAreDeniedAndSigningInIsRequired() {
        browser.open("/app/inbox.xhtml");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
        new LoginPage(browser).submit("clerk", "sai-mat-khau");
        assertThat(browser.pageText()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");

        login.signInAs("clerk");
        browser.open("/app/admin/users.xhtml");
        assertThat(browser.pageText()).contains("Không có quyền truy cập");
        browser.open("/app/task.xhtml");
        assertThat(browser.pageText()).contains("Không có quyền truy cập");

        login.signInAs("leader");
        browser.open("/app/proposal-edit.xhtml");
        assertThat(browser.pageText()).contains("Không có quyền truy cập");

        login.signInAs("admin");
        assertThat(browser.pageText()).contains("Người dùng", "clerk2", "Công an tỉnh");
        browser.open("/app/inbox.xhtml");
        assertThat(browser.pageText()).contains("Không có quyền truy cập");
    }

    @Test
    void aFormPostWithAForgedViewStateIsRefusedAndSavesNothing() {
        // Faces' server-side view state is the CSRF token of every form: a post that does not carry the
        // state this session was given (a forged or replayed page) must not reach the application.
        login.signInAs("clerk");
        ProposalFormPage.openNew(browser).nomineeName("Giả Mạo Yêu Cầu").position("Không")
                .title(LDTT).summary("Không được lưu.").addNominee();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                        + ".forEach(function (e) { e.value = '-1234567890:987654321'; });");
        browser.clickAndWaitForReload(By.id("proposal-form:save"));
        browser.find(By.id("error-page"));
        assertThat(browser.pageText()).contains("Phiên làm việc đã hết hạn").doesNotContain("Exception");
        browser.open("/app/proposals.xhtml");
        assertThat(browser.pageText()).doesNotContain("Giả Mạo Yêu Cầu");
    }

    @Test
    void everyResponseCarriesHardeningHeadersAndNoPageAnswersWithoutSignIn() throws Exception {
        HttpResponse<String> loginPage = get("/login.xhtml");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(loginPage.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(loginPage.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase()).contains("utf-8"));

        for (String page : new String[] {"/app/inbox.xhtml", "/app/proposal.xhtml?id=1", "/app/admin/users.xhtml",
            "/app/task.xhtml?task=x", "/app/proposal-edit.xhtml", "/app/register.xhtml",
            "/app/exports/register.xlsx", "/app/files/1", "/app/admin/exports/users.xlsx"}) {
            HttpResponse<String> anonymous = get(page);
            assertThat(anonymous.statusCode()).as(page).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).as(page)
                    .hasValueSatisfying(location -> assertThat(location).contains("/login.xhtml"));
        }
    }

    /** A plain HTTP GET without a session (no redirects followed). */
    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theInterfaceSwitchesToEnglish() {
        login.signInAs("clerk");
        InboxPage.open(browser);
        assertThat(browser.pageText()).contains("Hộp công việc");
        browser.clickAndWaitForReload(By.id("nav-form:lang-en"));
        browser.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("Inbox"));
        assertThat(browser.pageText()).contains("Sign out", "New proposal");
    }

    @Test
    void aUserWhoAsksForLessMotionGetsPanelsWithoutAnimation() {
        // The test browser asks for reduced motion (Browser); the pages must then switch PrimeFaces' animations off.
        login.signInAs("clerk");
        InboxPage.open(browser);
        assertThat(browser.script("return window.matchMedia('(prefers-reduced-motion: reduce)').matches"
                + " && PrimeFaces.animationEnabled === false && jQuery.fx.off === true;")).isEqualTo(true);
    }
}
