package vn.tdkt.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;

/** {@code app/task.xhtml}: the unit head's decision on one task. */
public class ReviewPage {

    private final Browser browser;

    public ReviewPage(Browser browser) {
        this.browser = browser;
        browser.find(By.className("app-main"));
    }

    public static ReviewPage open(Browser browser, String taskUrl) {
        browser.driver().get(taskUrl);
        return new ReviewPage(browser);
    }

    public String url() {
        return browser.driver().getCurrentUrl();
    }

    public String nominee() {
        return browser.find(By.cssSelector(".nominee-name")).getText();
    }

    public InboxPage approve(String comment) {
        if (comment != null) {
            browser.find(By.id("approve-form:comment")).sendKeys(comment);
        }
        browser.clickAndWaitForReload(By.id("approve-form:approve"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/inbox.xhtml"));
        return new InboxPage(browser);
    }

    /** Clicks approve on a page whose task may be gone; returns the page's messages. */
    public String approveExpectingRefusal() {
        browser.clickAndWaitForReload(By.id("approve-form:approve"));
        return browser.find(By.id("page-messages")).getText();
    }

    public InboxPage returnWith(String reason) {
        WebElement field = browser.find(By.id("return-form:reason"));
        field.clear();
        field.sendKeys(reason);
        browser.clickAndWaitForReload(By.id("return-form:return"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/inbox.xhtml"));
        return new InboxPage(browser);
    }

    /** Clicks return with the reason as typed, expecting the form back with a message beside the reason. */
    public String returnExpectingError(String reason) {
        WebElement field = browser.find(By.id("return-form:reason"));
        field.clear();
        field.sendKeys(reason);
        browser.clickAndWaitForReload(By.id("return-form:return"));
        return browser.find(By.id("return-form:reason-message")).getText().strip();
    }

    public String messages() {
        return browser.find(By.id("page-messages")).getText();
    }

    public boolean showsDecisionForms() {
        return !browser.driver().findElements(By.id("approve-form:approve")).isEmpty();
    }
}
