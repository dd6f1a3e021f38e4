package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.widgets.SelectOneMenu;
import vn.tdkt.it.support.LoopbackHttp;

/**
 * A user opens their own page from their name in the menu bar, creates a personal API token (its secret shown
 * once), a program calls the API with it, the list shows its last use, and the user revokes it. The council
 * secretary of Công an is the user: no other journey signs in as them, and their role is one the page must admit
 * though the pages' default rule does not name it.
 */
abstract class ProfileJourney extends BrowserTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aUserCreatesAnApiTokenSeesItOnceUsesItAndRevokesIt() {
        String name = "Kịch bản báo cáo " + System.currentTimeMillis() % 100000;
        login.signInAs("secretary2");
        browser.clickAndWaitForReload(By.cssSelector("a.user-name"));
        assertThat(browser.driver().getCurrentUrl()).contains("/app/profile.xhtml");
        assertThat(browser.pageText()).contains("Tài khoản của tôi", "Mã truy cập API", "Đỗ Minh Khoa");

        WebElement field = browser.find(By.id("tokens-form:token-name"));
        field.clear();
        field.sendKeys(name);
        SelectOneMenu.in(browser, "tokens-form:token-days").choose("30 ngày");
        browser.clickAndWaitForAjax(By.id("tokens-form:create-token"));
        String secret = browser.find(By.id("token-secret")).getText().strip();
        assertThat(secret).startsWith("tdkt_").hasSizeGreaterThan(40);
        assertThat(browser.pageText()).contains("Đã tạo mã truy cập \"" + name + "\"", "sẽ không hiển thị lại");
        String expires = LocalDate.now(VIETNAM).plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(row(name).getText()).contains("Đang hiệu lực", "Chưa dùng", expires);

        LoopbackHttp program = LoopbackHttp.from("127.0.0.1");
        LoopbackHttp.Answer call = program.apiWithToken("/api/v1/tasks", secret);
        assertThat(call.status()).as(call.toString()).isEqualTo(200);

        // Shown once: the page opened again lists the token, with its use, but never its secret.
        browser.open("/app/profile.xhtml");
        assertThat(browser.driver().findElements(By.id("token-secret"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        assertThat(row(name).getText()).contains("Đang hiệu lực").doesNotContain("Chưa dùng");

        browser.clickAndWaitForAjax(row(name).findElement(By.cssSelector(".revoke-token")));
        assertThat(browser.pageText()).contains("Đã thu hồi mã truy cập \"" + name + "\"");
        assertThat(row(name).getText()).contains("Đã thu hồi");
        assertThat(row(name).findElements(By.cssSelector(".revoke-token"))).isEmpty();
        assertThat(program.apiWithToken("/api/v1/tasks", secret).status()).isEqualTo(401);
    }

    private WebElement row(String name) {
        return browser.find(By.xpath("//tr[contains(@class,'token-row')][.//span[contains(@class,'token-name')"
                + " and normalize-space()='" + name + "']]"));
    }
}
