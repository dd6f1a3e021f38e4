package vn.tdkt.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;

/** {@code app/proposal.xhtml}: the read-only dossier with status and history. */
public class ProposalPage {

    private final Browser browser;

    public ProposalPage(Browser browser) {
        this.browser = browser;
        browser.find(By.className("app-main"));
    }

    public static ProposalPage open(Browser browser, String id) {
        browser.open("/app/proposal.xhtml?id=" + id);
        return new ProposalPage(browser);
    }

    /** The id in the page address, for opening it again as someone else. */
    public String id() {
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", "");
    }

    public String number() {
        return browser.find(By.id("dossier-number")).getText();
    }

    public String status() {
        return browser.find(By.id("dossier-status")).getText();
    }

    public String nominee() {
        return browser.find(By.cssSelector(".nominee-name")).getText();
    }

    public String messages() {
        return browser.find(By.id("page-messages")).getText();
    }

    public boolean showsDossier() {
        return !browser.driver().findElements(By.id("dossier")).isEmpty();
    }

    /** History rows as "who | what | comment" text, oldest first. */
    public List<String> history() {
        return browser.driver().findElements(By.cssSelector("#dt-history tbody tr.history-row")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().skip(1).map(WebElement::getText)
                        .reduce((a, b) -> a + " | " + b).orElse(""))
                .toList();
    }
}
