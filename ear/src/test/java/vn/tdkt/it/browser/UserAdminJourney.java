package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.widgets.Checkbox;
import vn.tdkt.it.browser.widgets.SelectOneMenu;
import vn.tdkt.it.support.LoopbackHttp;

/**
 * The administrator creates an account in the browser (a too short password first refused beside the field), the
 * new clerk signs in and sees their unit's list; wrong passwords lock the account out, the login page says until
 * when, and the administrator lifts the lockout on the users page; once disabled, the account no longer signs in.
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

        // Someone guesses the password, from an address of their own: after five failures the account is locked
        // out, and the login page says until when.
        lockOutByWrongPasswords(username);
        browser.forgetSession();
        browser.open("/login.xhtml");
        login.submit(username, "mật khẩu đủ dài");
        assertThat(browser.pageText()).containsPattern(
                "Tài khoản tạm khóa do đăng nhập sai nhiều lần\\. Vui lòng thử lại sau \\d\\d:\\d\\d\\.");

        // The administrator sees until when and lifts the lockout; the user signs in again.
        login.signInAs("admin");
        browser.open("/app/admin/users.xhtml");
        assertThat(userRow(username).findElement(By.cssSelector(".locked-until")).getText())
                .matches("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
        browser.clickAndWaitForAjax(userRow(username).findElement(By.cssSelector(".unlock-user")));
        assertThat(browser.pageText()).contains("Đã gỡ tạm khóa đăng nhập của " + username);
        assertThat(userRow(username).findElements(By.cssSelector(".unlock-user"))).isEmpty();
        // Both are in the security log, the unlock with who did it.
        browser.open("/app/admin/security.xhtml");
        assertThat(eventRow("Gỡ tạm khóa tài khoản", username).getText()).contains("admin");
        assertThat(eventRow("Tạm khóa tài khoản (đăng nhập sai nhiều lần)", username).getText()).contains("Hệ thống");
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

    /** Three failures free, then a wait of 1 s and of 2 s before the fourth and fifth, which locks out. */
    private static void lockOutByWrongPasswords(String username) {
        LoopbackHttp guesser = LoopbackHttp.fromNewAddress();
        for (long wait : new long[] {0, 0, 0, 1_100, 2_100}) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            assertThat(guesser.api("/api/v1/tasks", username, "đoán sai").status()).isEqualTo(401);
        }
        assertThat(guesser.api("/api/v1/tasks", username, "đoán sai").status()).isEqualTo(429);
    }

    private WebElement eventRow(String kind, String subject) {
        return browser.find(By.xpath("//tr[contains(@class,'security-event')][td[2][normalize-space()='" + kind
                + "']][td[3][normalize-space()='" + subject + "']]"));
    }

    private WebElement userRow(String username) {
        return browser.find(By.xpath("//tr[contains(@class,'user-row')][td[1][normalize-space()='" + username + "']]"));
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
