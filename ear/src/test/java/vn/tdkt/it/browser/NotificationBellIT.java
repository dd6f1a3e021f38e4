package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import vn.tdkt.it.browser.pages.NotificationBell;

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
        String number = submitDossier("Lý Thị Chuông Báo", "Kiểm sát viên").number();

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
