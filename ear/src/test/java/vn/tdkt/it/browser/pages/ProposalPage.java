package vn.tdkt.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

    /** History events of the timeline as "what | who | comment" text, oldest first. */
    public List<String> history() {
        return browser.driver().findElements(By.cssSelector("#history-timeline li.history-row")).stream()
                .map(row -> row.findElements(By.cssSelector(".history-action, .history-who, .history-comment"))
                        .stream().map(WebElement::getText).reduce((a, b) -> a + " | " + b).orElse(""))
                .toList();
    }

    /** The process diagram image's alternative text, or null when the page shows no diagram. */
    public String diagramAlt() {
        List<WebElement> image = browser.driver().findElements(By.id("process-diagram"));
        return image.isEmpty() ? null : image.get(0).getAttribute("alt");
    }

    /** Whether the diagram image loaded (the browser decoded the SVG the server sent). */
    public boolean diagramLoaded() {
        WebElement image = browser.find(By.id("process-diagram"));
        Object width = browser.driver() instanceof JavascriptExecutor js
                ? js.executeScript("return arguments[0].complete && arguments[0].naturalWidth;", image) : null;
        return width instanceof Number n && n.longValue() > 0;
    }
}
