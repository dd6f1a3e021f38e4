package vn.tdkt.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;

/** The notification bell in the menu bar of every page (layout.xhtml) and its panel. */
public class NotificationBell {

    private static final By BELL = By.id("nav-form:notification-bell");
    private static final By COUNT = By.id("nav-form:notification-count");
    private static final By ITEMS = By.cssSelector("#notification-form\\:notification-list li.notification-item");

    private final Browser browser;

    public NotificationBell(Browser browser) {
        this.browser = browser;
    }

    /** The unread count on the badge; 0 when no badge is shown. */
    public int unreadCount() {
        browser.find(BELL);
        List<WebElement> badge = browser.driver().findElements(COUNT);
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().strip());
    }

    /** Opens the panel and waits for its content, which loads on demand. */
    public NotificationBell open() {
        browser.find(BELL).click();
        browser.waitUntil(d -> !d.findElements(ITEMS).isEmpty()
                || !d.findElements(By.cssSelector("#notification-form\\:notification-list .notification-empty"))
                        .isEmpty());
        // The panel fades in once its content has loaded: until the transition ends an item can read as empty
        // text (seen once: the newest notification came back as "" while the older ones had theirs).
        browser.waitForIdle();
        return this;
    }

    /** The texts of the listed notifications, newest first. */
    public List<String> texts() {
        return browser.driver().findElements(ITEMS).stream().map(WebElement::getText).toList();
    }

    public NotificationBell markAllRead() {
        browser.clickAndWaitForAjax(By.id("notification-form:notification-mark-all-read"));
        return this;
    }
}
