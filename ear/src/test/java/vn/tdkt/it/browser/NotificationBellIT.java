package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import vn.tdkt.it.browser.pages.NotificationBell;
import vn.tdkt.it.browser.pages.ProposalFormPage;
import vn.tdkt.it.browser.pages.ProposalPage;

/**
 * The bell in headless Chromium: the unit head sees a clerk's new submission, opens the list, marks all read.
 *
 * <p>Alone ({@code @Isolated}, after every other class): a dossier any other journey submitted meanwhile would ring the
 * same unit head's bell.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Isolated
class NotificationBellIT extends BrowserTest {

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
