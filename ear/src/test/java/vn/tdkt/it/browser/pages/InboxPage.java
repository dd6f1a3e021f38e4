package vn.tdkt.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;
import vn.tdkt.it.browser.widgets.SelectOneMenu;

/** {@code app/inbox.xhtml}: the user's open tasks. */
public class InboxPage {

    private final Browser browser;

    public InboxPage(Browser browser) {
        this.browser = browser;
    }

    public static InboxPage open(Browser browser) {
        browser.open("/app/inbox.xhtml");
        browser.find(By.id("inbox-form:dt-tasks"));
        return new InboxPage(browser);
    }

    public boolean hasTaskFor(String proposalNumber) {
        return !rows(proposalNumber).isEmpty();
    }

    /** The whole text of the row of that proposal (number, task, nominee, title, unit, received time). */
    public String rowText(String proposalNumber) {
        return rows(proposalNumber).get(0).getText();
    }

    public ReviewPage openReview(String proposalNumber) {
        browser.clickAndWaitForReload(rows(proposalNumber).get(0).findElement(By.cssSelector("a.open-task")));
        return new ReviewPage(browser);
    }

    /** Opens the task page of a step past the unit head's review. */
    public TaskPage openTask(String proposalNumber) {
        browser.clickAndWaitForReload(rows(proposalNumber).get(0).findElement(By.cssSelector("a.open-task")));
        return new TaskPage(browser);
    }

    public ProposalFormPage openRevision(String proposalNumber) {
        browser.clickAndWaitForReload(rows(proposalNumber).get(0).findElement(By.cssSelector("a.open-task")));
        browser.find(By.id("proposal-form:nominee-name"));
        return new ProposalFormPage(browser);
    }

    /** Ticks the row's checkbox for a bulk approval. */
    public InboxPage select(String proposalNumber) {
        WebElement box = rows(proposalNumber).get(0).findElement(By.cssSelector(".ui-chkbox-box"));
        box.click();
        browser.waitUntil(d -> rows(proposalNumber).get(0).getAttribute("aria-selected").equals("true"));
        return this;
    }

    /** "Duyệt các hồ sơ đã chọn", confirmed in the dialog; answers the page's messages. */
    public String approveSelected() {
        browser.find(By.id("inbox-form:bulk-approve")).click();
        browser.clickAndWaitForAjax(By.id("inbox-form:bulk-confirm-yes"));
        return messages();
    }

    /** Chooses a title in the filter bar and applies the filter. */
    public InboxPage filterByTitle(String title) {
        SelectOneMenu.in(browser, "inbox-form:filter-title").choose(title);
        browser.clickAndWaitForAjax(By.id("inbox-form:filter-apply"));
        return this;
    }

    public InboxPage clearFilters() {
        browser.clickAndWaitForAjax(By.id("inbox-form:filter-clear"));
        return this;
    }

    /** The text of the quick filter's button, with its count, e.g. "Quá hạn (2)". */
    public String quickFilter(String quick) {
        return browser.find(By.cssSelector("button.quick-" + quick)).getText();
    }

    /** "Nhận xử lý" on the row: the task becomes the user's own. */
    public InboxPage claim(String proposalNumber) {
        browser.clickAndWaitForAjax(By.cssSelector("tr.task-" + proposalNumber + " button.claim"));
        return this;
    }

    /** Who holds the row's task, as the row says it ("Bạn đang xử lý", a username, "Chưa ai nhận"). */
    public String holder(String proposalNumber) {
        return rows(proposalNumber).get(0).findElement(By.cssSelector(".holder")).getText();
    }

    /** Hands the row's task over to a colleague chosen by username in the dialog. */
    public InboxPage handOver(String proposalNumber, String username) {
        browser.clickAndWaitForAjax(By.cssSelector("tr.task-" + proposalNumber + " button.delegate"));
        SelectOneMenu.in(browser, "delegate-form:delegate-to").chooseEndingWith("(" + username + ")");
        browser.clickAndWaitForAjax(By.id("delegate-form:delegate-confirm"));
        return this;
    }

    public String messages() {
        return browser.find(By.id("inbox-form:inbox-messages")).getText();
    }

    private List<WebElement> rows(String proposalNumber) {
        browser.find(By.id("inbox-form:dt-tasks"));
        return browser.driver().findElements(By.cssSelector("tr.task-" + proposalNumber));
    }
}
