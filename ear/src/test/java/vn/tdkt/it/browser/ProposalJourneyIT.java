package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.tdkt.it.browser.pages.InboxPage;
import vn.tdkt.it.browser.pages.LoginPage;
import vn.tdkt.it.browser.pages.ProposalFormPage;
import vn.tdkt.it.browser.pages.ProposalPage;
import vn.tdkt.it.browser.pages.ReviewPage;
import vn.tdkt.it.support.Deployments;

/**
 * A person's path through the application in headless Chromium: the clerk proposes, the unit head returns it,
 * the clerk revises and resubmits, the unit head approves; another unit sees none of it; bad input is refused
 * beside the field and loses nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalJourneyIT {

    private static final String CSTDCS = "Chiến sĩ thi đua cơ sở";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private Browser browser;
    private LoginPage login;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        login = new LoginPage(browser);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
        browser.close();
    }

    /** The clerk creates and submits a proposal; returns its page. */
    private ProposalPage submitProposal(String nominee) {
        login.signInAs("clerk");
        ProposalFormPage form = ProposalFormPage.openNew(browser)
                .nomineeName(nominee)
                .position("Kiểm sát viên sơ cấp")
                .title(CSTDCS)
                .summary("Hoàn thành xuất sắc nhiệm vụ năm 2025; sáng kiến \"Số hóa hồ sơ\" được công nhận.")
                .saveDraft();
        assertThat(browser.pageText()).contains("Đã lưu nháp hồ sơ");
        return form.submit();
    }

    @Test
    void aProposalGoesFromTheClerkToTheUnitHeadBackForRevisionAndIsApproved() {
        // 1. The clerk proposes an individual with a Vietnamese name, saves a draft and submits.
        ProposalPage submitted = submitProposal("Nguyễn Thị Ngọc Hân");
        String number = submitted.number();
        String id = submitted.id();
        assertThat(submitted.status()).isEqualTo("Chờ thủ trưởng duyệt");
        assertThat(submitted.nominee()).isEqualTo("Nguyễn Thị Ngọc Hân");

        // 2. The unit head finds it in the inbox with its business data and returns it; a reason is required.
        InboxPage leaderInbox = login.signInAs("leader");
        InboxPage.open(browser);
        assertThat(leaderInbox.rowText(number)).contains("Nguyễn Thị Ngọc Hân", CSTDCS,
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
        revision.summary("Đã bổ sung Quyết định số 15/QĐ-VKS ngày 10/01/2025 công nhận sáng kiến.").submit();
        assertThat(browser.pageText()).contains("Đã trình lại hồ sơ " + number);

        login.signInAs("leader");
        InboxPage.open(browser).openReview(number).approve("Đồng ý.");

        // 4. Approved, with the whole history: who, what, when.
        login.signInAs("clerk");
        ProposalPage approved = ProposalPage.open(browser, id);
        assertThat(approved.status()).isEqualTo("Đã duyệt cấp đơn vị");
        // Created, submitted, returned, changed, resubmitted, approved (submitting a saved draft unchanged
        // records no change).
        assertThat(approved.history()).hasSize(6);
        assertThat(approved.history().get(0)).contains("Trần Thị Thu Hà (clerk)", "Tạo hồ sơ");
        assertThat(approved.history().get(1)).contains("Trần Thị Thu Hà (clerk)", "Trình thủ trưởng đơn vị");
        assertThat(approved.history().get(2)).contains("Nguyễn Văn Minh (leader)", "Trả lại cho cán bộ thi đua",
                "Đề nghị bổ sung số quyết định công nhận sáng kiến.");
        assertThat(approved.history().get(3)).contains("Trần Thị Thu Hà (clerk)", "Sửa hồ sơ");
        assertThat(approved.history().get(4)).contains("Trần Thị Thu Hà (clerk)", "Trình lại sau khi bổ sung");
        assertThat(approved.history().get(5)).contains("Nguyễn Văn Minh (leader)", "Duyệt cấp đơn vị", "Đồng ý.");
    }

    @Test
    void anotherUnitNeverSeesTheProposalByPageByUrlOrByTask() {
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
    void approvingATaskThatSomeoneElseCompletedMeanwhileShowsAClearMessage() {
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
    void emptyAndBlankFieldsAreRefusedBesideEachFieldAndNothingIsCreated() {
        login.signInAs("clerk");
        browser.open("/app/proposals.xhtml");
        int before = browser.driver().findElements(By.cssSelector("tr.proposal-row")).size();

        ProposalFormPage form = ProposalFormPage.openNew(browser).nomineeName("     ").submitExpectingErrors();
        assertThat(form.messageBeside("nominee-name")).isEqualTo("Không được chỉ nhập khoảng trắng.");
        assertThat(form.messageBeside("nominee-position")).isEqualTo("Trường này là bắt buộc.");
        assertThat(form.messageBeside("title")).isEqualTo("Vui lòng chọn danh hiệu hoặc hình thức khen thưởng.");
        assertThat(form.messageBeside("summary")).isEqualTo("Trường này là bắt buộc.");
        assertThat(form.currentUrl()).doesNotContain("id=");

        browser.open("/app/proposals.xhtml");
        assertThat(browser.driver().findElements(By.cssSelector("tr.proposal-row")))
                .hasSize(before);
    }

    @Test
    void aSummaryOverTheLimitIsRefusedAndTheSavedDraftKeepsItsText() {
        login.signInAs("clerk");
        ProposalFormPage form = ProposalFormPage.openNew(browser).nomineeName("Lý Thị Mỹ Lệ").position("Chuyên viên")
                .title("Lao động tiên tiến").summary("Bản nháp đầu tiên.").saveDraft();
        String draftUrl = form.currentUrl();
        assertThat(draftUrl).contains("id=");

        form.pasteSummary("Ấ".repeat(4001)).submitExpectingErrors();
        assertThat(form.messageBeside("summary")).isEqualTo("Tối đa 4.000 ký tự.");
        // What the clerk typed is still in the form, and what was saved before is still saved.
        assertThat(form.value("summary")).hasSize(4001);
        browser.driver().get(draftUrl);
        assertThat(new ProposalFormPage(browser).value("summary")).isEqualTo("Bản nháp đầu tiên.");
    }

    @Test
    void markupInTextIsShownAsTextNeverRun() {
        String markup = "<script>window.tdktInjected=1</script><b>Hoàng Văn Thụ</b>";
        login.signInAs("clerk");
        ProposalPage page = ProposalFormPage.openNew(browser).nomineeName(markup).position("Cán bộ")
                .title("Lao động tiên tiến").summary("<img src=x onerror=\"window.tdktInjected=2\">").submit();
        assertThat(page.nominee()).isEqualTo(markup);
        Object injected = ((JavascriptExecutor) browser.driver())
                .executeScript("return window.tdktInjected === undefined ? 'none' : window.tdktInjected;");
        assertThat(injected).isEqualTo("none");
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
        browser.open("/app/review.xhtml");
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
                .title("Lao động tiên tiến").summary("Không được lưu.");
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
            "/app/review.xhtml?task=x", "/app/proposal-edit.xhtml"}) {
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
}
