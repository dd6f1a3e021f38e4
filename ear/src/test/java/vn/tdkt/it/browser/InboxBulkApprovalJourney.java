package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.it.browser.pages.InboxPage;

/**
 * The inbox in headless Chromium: a filter narrows the list (and is forgotten when cleared), then the unit head
 * ticks five submitted dossiers and approves them with one confirmation. The unit is Công an: the inbox filter is
 * kept per user, and no journey running at the same time works in that head's inbox.
 */
abstract class InboxBulkApprovalJourney extends BrowserTest {

    private static final int DOSSIERS = 5;

    @Test
    void theUnitHeadNarrowsTheListThenApprovesFiveDossiersAtOnce() throws Exception {
        login.signInAs("clerk2");
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= DOSSIERS; i++) {
            numbers.add(submitDossier("Đặng Duyệt Loạt " + i, "Cán bộ Phòng Tham mưu").number());
        }

        InboxPage inbox = login.signInAs("leader2");
        assertThat(numbers).allMatch(inbox::hasTaskFor);
        assertThat(inbox.quickFilter("ALL")).matches(".*\\(\\d+\\)");

        inbox.filterByTitle("Chiến sĩ thi đua cơ sở");
        assertThat(numbers).noneMatch(inbox::hasTaskFor);
        inbox.clearFilters();
        assertThat(numbers).allMatch(inbox::hasTaskFor);

        numbers.forEach(inbox::select);
        String messages = inbox.approveSelected();

        assertThat(messages).contains("Đã duyệt 5 hồ sơ.");
        assertThat(numbers).noneMatch(InboxPage.open(browser)::hasTaskFor);
    }
}
