package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.pages.LoginPage;

/** An administrator prepares a change of the rules for a future date; the set in force stays untouched. */
abstract class RuleSetAdminJourney extends BrowserTest {

    /** A name no other test gives a rule set: in-server tests prepare future sets of their own. */
    private static final String DRAFT = "Dự thảo Nghị định sửa đổi (trình duyệt)";

    private String rowText(String state) {
        return browser.find(By.cssSelector("tr.rule-set-" + state)).getText();
    }

    private String draftRow() {
        return browser.find(By.xpath("//tr[contains(@class,'rule-set-FUTURE')][contains(., '" + DRAFT + "')]"))
                .getText();
    }

    @Test
    void theAdministratorPreparesAFutureRuleSetAndOnlyThatOneCanBeChanged() {
        new LoginPage(browser).signInAs("admin");
        browser.open("/app/admin/rule-sets.xhtml");
        assertThat(rowText("IN_FORCE")).contains("Nghị định 152/2025/NĐ-CP", "01/07/2025", "Đang áp dụng",
                "Số năm liên tục đạt CSTĐCS để xét CSTĐ cấp tỉnh: 3");
        assertThat(rowText("SUPERSEDED")).contains("Nghị định 98/2023/NĐ-CP", "Đã được thay thế");
        assertThat(browser.driver().findElements(By.cssSelector("tr.rule-set-IN_FORCE .edit-rule-set"))).isEmpty();

        // A date that is not in the future is refused beside the field.
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.find(By.id("new-rule-set-form:new-name")).sendKeys(DRAFT);
        browser.find(By.id("new-rule-set-form:new-date")).sendKeys(today);
        browser.clickAndWaitForReload(By.id("new-rule-set-form:prepare"));
        assertThat(browser.find(By.id("new-rule-set-form:new-date-message")).getText())
                .contains("Ngày hiệu lực phải sau ngày hôm nay");

        String future = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(2)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        WebElement date = browser.find(By.id("new-rule-set-form:new-date"));
        date.clear();
        date.sendKeys(future);
        browser.clickAndWaitForReload(By.id("new-rule-set-form:prepare"));
        assertThat(browser.pageText()).contains("Đã tạo bộ quy tắc mới");

        WebElement provincial = browser.find(
                By.cssSelector("input[data-parameter='cstd_tinh.consecutive_cstdcs_years']"));
        provincial.clear();
        provincial.sendKeys("2");
        browser.clickAndWaitForReload(By.id("rule-sets-form:save-parameters"));
        assertThat(browser.pageText()).contains("Đã lưu tham số.");
        assertThat(draftRow()).contains(future, "Sắp có hiệu lực",
                "CSTĐ cấp tỉnh: 2");
        assertThat(rowText("IN_FORCE")).contains("Nghị định 152/2025/NĐ-CP", "CSTĐ cấp tỉnh: 3");
    }

    @Test
    void otherRolesCannotOpenTheRuleSets() {
        new LoginPage(browser).signInAs("clerk");
        browser.open("/app/admin/rule-sets.xhtml");
        assertThat(browser.pageText()).contains("Không có quyền truy cập");
    }
}
