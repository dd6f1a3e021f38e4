package vn.tdkt.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;
import vn.tdkt.it.browser.widgets.SelectOneMenu;

/** {@code app/movement.xhtml}: a movement's plan and criteria, the unit's title registration, the registrations. */
public class MovementPage {

    private final Browser browser;

    public MovementPage(Browser browser) {
        this.browser = browser;
        browser.find(By.id("movement-name"));
    }

    public String plan() {
        return browser.find(By.id("movement-plan")).getText();
    }

    public List<String> criteria() {
        return texts("tr.criterion-row");
    }

    /** Picks the collective title the unit aims for. */
    public MovementPage collectiveTitle(String label) {
        SelectOneMenu.in(browser, "registration-form:collective-title").choose(label);
        return this;
    }

    /** Types how many people aim for the individual title of that name. */
    public MovementPage people(String title, int count) {
        WebElement row = browser.driver().findElements(By.cssSelector("tr.people-row")).stream()
                .filter(r -> r.findElement(By.cssSelector(".people-title")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No individual title " + title));
        WebElement input = row.findElement(By.cssSelector("input.people-count"));
        input.clear();
        input.sendKeys(String.valueOf(count));
        return this;
    }

    public MovementPage register() {
        browser.clickAndWaitForReload(By.id("registration-form:register"));
        return this;
    }

    public List<String> registrations() {
        return texts("tr.registration-row");
    }

    public List<String> summary() {
        return texts("tr.summary-row");
    }

    public String messages() {
        return browser.find(By.id("page-messages")).getText();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
