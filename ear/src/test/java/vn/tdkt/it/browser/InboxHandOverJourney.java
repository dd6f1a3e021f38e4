package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.tdkt.it.browser.pages.InboxPage;

/**
 * Taking and handing over a task in headless Chromium, on the demo's Công an dossier waiting at the board's
 * reception: one appraiser takes it (the other no longer sees it), then hands it over to the other, who now holds
 * it.
 */
abstract class InboxHandOverJourney extends BrowserTest {

    /** The demo dossier that waits for the board's reception (demo/proposals.tsv). */
    private static final String AT_RECEPTION = "Trịnh Công Sơn";

    @Test
    void anAppraiserTakesATaskThenHandsItOverToAColleague() {
        InboxPage mine = login.signInAs("appraiser");
        InboxPage.open(browser);
        String number = numberOfRowWith(AT_RECEPTION);
        assertThat(mine.holder(number)).isEqualTo("Chưa ai nhận");

        mine.claim(number);
        assertThat(mine.messages()).contains("Bạn đã nhận xử lý hồ sơ " + number);
        assertThat(mine.holder(number)).isEqualTo("Bạn đang xử lý");

        login.signInAs("appraiser2");
        assertThat(InboxPage.open(browser).hasTaskFor(number)).as("held by a colleague").isFalse();

        login.signInAs("appraiser");
        InboxPage.open(browser).handOver(number, "appraiser2");
        assertThat(new InboxPage(browser).messages()).contains("Đã giao hồ sơ " + number + " cho appraiser2");
        assertThat(new InboxPage(browser).hasTaskFor(number)).isFalse();

        login.signInAs("appraiser2");
        InboxPage theirs = InboxPage.open(browser);
        assertThat(theirs.holder(number)).isEqualTo("Bạn đang xử lý");
    }

    private String numberOfRowWith(String nominee) {
        return browser.driver().findElements(By.cssSelector("tr.task-row")).stream()
                .filter(row -> row.getText().contains(nominee)).findFirst()
                .orElseThrow(() -> new AssertionError("no inbox row for " + nominee)).findElement(
                        By.cssSelector("a.open-task"))
                .getText();
    }
}
