package vn.tdkt.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;
import vn.tdkt.it.browser.widgets.Checkbox;

/** {@code app/movements.xhtml}: the movements, and the launcher's form with its criteria table. */
public class MovementsPage {

    private final Browser browser;

    public MovementsPage(Browser browser) {
        this.browser = browser;
        browser.find(By.id("movements-form"));
    }

    public static MovementsPage open(Browser browser) {
        browser.open("/app/movements.xhtml");
        return new MovementsPage(browser);
    }

    public MovementsPage startNew() {
        browser.clickAndWaitForReload(By.id("movements-form:new-movement"));
        browser.find(By.id("movement-form"));
        return this;
    }

    public MovementsPage type(String field, String text) {
        WebElement input = browser.find(By.id("movement-form:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Fills criterion row {@code index} (from 0) of the table, adding the row first when it is not there yet. */
    public MovementsPage criterion(int index, String name, String maxScore, String weight, boolean required) {
        if (browser.driver().findElements(By.cssSelector("tr.criterion-row")).size() <= index) {
            browser.clickAndWaitForAjax(By.id("movement-form:add-criterion"));
            browser.find(By.id(cell(index, "criterion-name")));
        }
        type(cell(index, "criterion-name").substring("movement-form:".length()), name);
        type(cell(index, "max-score").substring("movement-form:".length()), maxScore);
        type(cell(index, "weight").substring("movement-form:".length()), weight);
        Checkbox.in(browser, cell(index, "required")).set(required);
        return this;
    }

    /** Moves criterion row {@code index} (from 0) one place up. */
    public MovementsPage moveUp(int index) {
        browser.clickAndWaitForAjax(By.cssSelector("tr.criterion-row:nth-of-type(" + (index + 1) + ") .criterion-up"));
        return this;
    }

    private static String cell(int index, String column) {
        return "movement-form:criteria:" + index + ":" + column;
    }

    public MovementsPage save() {
        browser.clickAndWaitForReload(By.id("movement-form:save-movement"));
        return this;
    }

    /** The rows' texts. */
    public List<String> rows() {
        return browser.driver().findElements(By.cssSelector("tr.movement-row")).stream().map(WebElement::getText)
                .toList();
    }

    /** Opens the movement of that name. */
    public MovementPage openMovement(String name) {
        browser.clickAndWaitForReload(By.linkText(name));
        return new MovementPage(browser);
    }
}
