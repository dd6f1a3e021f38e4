package vn.tdkt.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;

/** {@code app/decision-new.xhtml}: the approver's decision over several waiting dossiers. */
public class DecisionNewPage {

    private final Browser browser;

    public DecisionNewPage(Browser browser) {
        this.browser = browser;
        browser.find(By.className("app-main"));
    }

    public static DecisionNewPage open(Browser browser) {
        browser.open("/app/decision-new.xhtml");
        return new DecisionNewPage(browser);
    }

    /** Ticks the waiting dossier of that number. */
    public DecisionNewPage choose(String proposalNumber) {
        WebElement row = browser.find(By.xpath("//tr[contains(@class,'waiting-dossier')][.//span[contains(@class,"
                + "'waiting-number') and normalize-space(.)='" + proposalNumber + "']]"));
        row.findElement(By.cssSelector(".choose-dossier .ui-chkbox-box")).click();
        return this;
    }

    public DecisionNewPage compose() {
        browser.clickAndWaitForReload(By.id("choose-form:compose"));
        browser.find(By.id("compose-form:issue"));
        return this;
    }

    /** Leaves the nominee of that name out of the decision for the reason. */
    public DecisionNewPage leaveOut(String nominee, String reason) {
        WebElement row = browser.find(By.xpath("//tr[contains(@class,'chosen-nominee')][.//span[contains(@class,"
                + "'nominee-name') and normalize-space(.)='" + nominee + "']]"));
        row.findElement(By.cssSelector(".leave-out .ui-chkbox-box")).click();
        row.findElement(By.cssSelector("input.left-out-reason")).sendKeys(reason);
        return this;
    }

    public DecisionPage issue() {
        browser.clickAndWaitForReload(By.id("compose-form:issue"));
        return new DecisionPage(browser);
    }
}
