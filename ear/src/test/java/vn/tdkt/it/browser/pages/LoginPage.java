package vn.tdkt.it.browser.pages;

import org.openqa.selenium.By;
import vn.tdkt.it.browser.Browser;

/** {@code login.xhtml}. */
public class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    /** Signs out whoever is signed in and signs in as the given demo account (password "demo"). */
    public InboxPage signInAs(String username) {
        browser.forgetSession();
        browser.open("/login.xhtml");
        submit(username, "demo");
        browser.waitUntil(d -> !d.getCurrentUrl().contains("login.xhtml"));
        return new InboxPage(browser);
    }

    public LoginPage submit(String username, String password) {
        browser.find(By.id("login-form:username")).sendKeys(username);
        browser.find(By.id("login-form:password")).sendKeys(password);
        browser.clickAndWaitForReload(By.id("login-form:login"));
        return this;
    }
}
