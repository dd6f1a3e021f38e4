package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.tdkt.it.browser.widgets.Checkbox;
import vn.tdkt.it.browser.widgets.SelectOneMenu;

/**
 * The bloc's year in the browser: an appraiser of the board composes a year (members and head), the head's clerk
 * records a deputy, and another member's clerk sees the roles but has no form to change them.
 */
abstract class BlocCompositionJourney extends BrowserTest {

    /** A year no demo data or other test uses. */
    private static final String YEAR = "2030";

    @Test
    void theBoardComposesAYearAndItsHeadRecordsADeputy() {
        login.signInAs("appraiser");
        browser.open("/app/bloc-year.xhtml?year=" + YEAR);
        assertThat(browser.pageText()).contains("Khối chưa có thành phần năm này.");
        for (String unit : new String[] {"Tòa án nhân dân tỉnh", "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh"}) {
            Checkbox.option(browser, "compose-form:members", unit).check();
        }
        SelectOneMenu.in(browser, "compose-form:head").choose("Tòa án nhân dân tỉnh");
        browser.clickAndWaitForReload(By.id("compose-form:save-composition"));
        assertThat(browser.pageText()).contains("Đã lưu thành phần khối năm 2030.");
        assertThat(role("Tòa án nhân dân tỉnh")).isEqualTo("Khối trưởng");
        assertThat(role("Công an tỉnh")).isEqualTo("Thành viên");

        login.signInAs("clerk.tand");
        browser.open("/app/bloc-year.xhtml?year=" + YEAR);
        Checkbox.option(browser, "deputies-form:deputies", "Công an tỉnh").check();
        browser.clickAndWaitForReload(By.id("deputies-form:save-deputies"));
        assertThat(browser.pageText()).contains("Đã lưu khối phó năm 2030.");
        assertThat(role("Công an tỉnh")).isEqualTo("Khối phó");

        login.signInAs("clerk");
        browser.open("/app/bloc-year.xhtml?year=" + YEAR);
        assertThat(role("Công an tỉnh")).isEqualTo("Khối phó");
        assertThat(browser.driver().findElements(By.id("deputies-form:save-deputies"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("compose-form:save-composition"))).isEmpty();
    }

    private String role(String unitName) {
        return browser.find(By.xpath("//tr[contains(@class,'bloc-member-row')][td[1][normalize-space()='"
                + unitName + "']]//span[contains(@class,'member-role')]")).getText();
    }
}
