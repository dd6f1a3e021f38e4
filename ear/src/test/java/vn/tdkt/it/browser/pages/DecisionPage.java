package vn.tdkt.it.browser.pages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;

/** {@code app/decision.xhtml}: one decision with its number, annex and those left out. */
public class DecisionPage {

    private final Browser browser;

    public DecisionPage(Browser browser) {
        this.browser = browser;
        browser.find(By.id("decision-number"));
    }

    public String number() {
        return browser.find(By.id("decision-number")).getText();
    }

    public String total() {
        return browser.find(By.id("decision-total")).getText();
    }

    /** The annex's names, in the order shown. */
    public List<String> annexNames() {
        return browser.driver().findElements(By.className("annex-name")).stream().map(WebElement::getText).toList();
    }

    /** Starts a signing session for the USB token; answers the two one-time addresses the page shows. */
    public List<String> startTokenSigning() {
        browser.clickAndWaitForReload(By.id("sign-form:sign-token"));
        return List.of(browser.find(By.id("sign-form:token-file")).getText(),
                browser.find(By.id("sign-form:token-upload")).getText());
    }

    /** The signatures the page shows ("Đã ký số…: name"). */
    public List<String> signatures() {
        return browser.driver().findElements(By.cssSelector("#signatures p")).stream().map(WebElement::getText)
                .toList();
    }

    /** Revokes the award of that name for the reason; the page shows the decision again. */
    public DecisionPage revoke(String name, String reason) {
        WebElement option = browser.find(By.xpath("//table[contains(@class,'revoke-awards')]//label[starts-with("
                + "normalize-space(.), '" + name + "')]"));
        browser.find(By.id(option.getAttribute("for"))).click();
        browser.find(By.id("revoke-form:reason")).sendKeys(reason);
        browser.clickAndWaitForReload(By.id("revoke-form:revoke"));
        return new DecisionPage(browser);
    }

    /** The id in the page address. */
    public String id() {
        // The id parameter itself: PrimeFaces may add its window id ("jfwid=…") before it.
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.driver().getCurrentUrl());
        if (!id.find()) {
            throw new AssertionError("no decision id in " + browser.driver().getCurrentUrl());
        }
        return id.group(1);
    }
}
