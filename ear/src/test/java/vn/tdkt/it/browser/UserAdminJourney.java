package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.widgets.Checkbox;
import vn.tdkt.it.browser.widgets.SelectOneMenu;

/**
 * The administrator creates an account in the browser (a too short password first refused beside the field), the
 * new clerk signs in and sees their unit's list; once disabled, the account no longer signs in.
 */
abstract class UserAdminJourney extends BrowserTest {

    @Test
    void anAdministratorCreatesAClerkWhoSignsInUntilTheAccountIsDisabled() {
        String username = "thu.ky." + System.currentTimeMillis() % 100000;
        login.signInAs("admin");
        browser.open("/app/admin/users.xhtml");
        browser.clickAndWaitForAjax(By.id("users-form:new-user"));
        type("users-form:username", username);
        type("users-form:full-name", "Đinh Thị Thu Kỳ");
        type("users-form:position", "Cán bộ thi đua");
        SelectOneMenu.in(browser, "users-form:unit").choose("Công an tỉnh");
        Checkbox.labelled(browser, "Cán bộ thi đua").check();
        type("users-form:password", "ngắn");
        browser.clickAndWaitForReload(By.id("users-form:save-user"));
        assertThat(browser.find(By.id("users-form:password-message")).getText()).contains("ít nhất 8 ký tự");

        type("users-form:password", "mật khẩu đủ dài");
        browser.clickAndWaitForReload(By.id("users-form:save-user"));
        assertThat(browser.pageText()).contains("Đã tạo tài khoản " + username);
        WebElement row = browser.find(By.xpath("//tr[contains(@class,'user-row')][td[1][normalize-space()='"
                + username + "']]"));
        assertThat(row.getText()).contains("Đinh Thị Thu Kỳ", "Công an tỉnh", "Cán bộ thi đua", "Có");

        browser.forgetSession();
        browser.open("/login.xhtml");
        login.submit(username, "mật khẩu đủ dài");
        browser.open("/app/proposals.xhtml");
        assertThat(browser.pageText()).contains("Đinh Thị Thu Kỳ");

        login.signInAs("admin");
        browser.open("/app/admin/users.xhtml");
        browser.clickAndWaitForAjax(By.xpath("//tr[contains(@class,'user-row')][td[1][normalize-space()='"
                + username + "']]//button[contains(@class,'edit-user')]"));
        browser.clickAndWaitForReload(By.id("users-form:disable-user"));
        assertThat(browser.pageText()).contains("Đã khóa tài khoản " + username);

        browser.forgetSession();
        browser.open("/login.xhtml");
        login.submit(username, "mật khẩu đủ dài");
        assertThat(browser.driver().getCurrentUrl()).contains("login");
    }

    @Test
    void signingInGivesTheBrowserANewSessionAndTheIdItHadBeforeOpensNothing() {
        browser.forgetSession();
        browser.open("/login.xhtml");
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        login.submit("leader", "demo");
        browser.waitUntil(d -> !d.getCurrentUrl().contains("login.xhtml"));
        String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        assertThat(after).isNotEqualTo(before);
        // Someone who planted or read the id before sign-in still holds a session that nobody signed in to.
        browser.forgetSession();
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", before, "/tdkt"));
        browser.open("/app/inbox.xhtml");
        browser.waitUntil(d -> d.getCurrentUrl().contains("login.xhtml"));
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
