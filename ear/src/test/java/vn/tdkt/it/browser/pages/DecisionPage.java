package vn.tdkt.it.browser.pages;

import java.util.List;
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

    /** The id in the page address. */
    public String id() {
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", "");
    }
}
