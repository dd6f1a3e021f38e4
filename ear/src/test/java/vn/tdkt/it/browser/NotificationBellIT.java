package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.it.browser.pages.LoginPage;
import vn.tdkt.it.browser.pages.NotificationBell;
import vn.tdkt.it.browser.pages.ProposalFormPage;
import vn.tdkt.it.browser.pages.ProposalPage;
import vn.tdkt.it.support.Deployments;
import vn.tdkt.workflow.demo.DemoDocuments;

/** The bell in headless Chromium: the unit head sees a clerk's new submission, opens the list, marks all read. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationBellIT {

    @TempDir
    static Path files;

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
    void closeBrowser() {
        browser.screenshot("NotificationBellIT");
        browser.close();
    }

    private static Path pdf(String fileName) throws Exception {
        Path file = files.resolve(fileName);
        Files.write(file, DemoDocuments.pdf(fileName));
        return file;
    }

    @Test
    void theUnitHeadSeesASubmissionUnderTheBellAndMarksAllRead() throws Exception {
        login.signInAs("clerk");
        ProposalPage submitted = ProposalFormPage.openNew(browser)
                .nomineeName("Lý Thị Chuông Báo")
                .position("Kiểm sát viên")
                .title("Lao động tiên tiến")
                .summary("Hoàn thành tốt nhiệm vụ năm 2025.")
                .addNominee()
                .saveDraft()
                .attach("Tờ trình", pdf("Tờ trình.pdf"))
                .attach("Báo cáo thành tích", pdf("Báo cáo thành tích.pdf"))
                .submit();
        String number = submitted.number();

        login.signInAs("leader");
        NotificationBell bell = new NotificationBell(browser);
        assertThat(bell.unreadCount()).isGreaterThanOrEqualTo(1);
        bell.open();
        assertThat(bell.texts()).anySatisfy(text -> assertThat(text)
                .contains("Hồ sơ " + number + " (Lý Thị Chuông Báo) chờ bạn duyệt"));

        bell.markAllRead();
        assertThat(bell.unreadCount()).isZero();
        browser.open("/app/inbox.xhtml");
        assertThat(new NotificationBell(browser).unreadCount()).isZero();
    }
}
