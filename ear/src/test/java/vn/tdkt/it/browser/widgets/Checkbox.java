package vn.tdkt.it.browser.widgets;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;

/**
 * A PrimeFaces check box — a {@code p:selectBooleanCheckbox}, or one option of a {@code p:selectManyCheckbox} found
 * by its label. A user clicks the drawn box; the test then waits until the real (hidden) input has taken the state,
 * so a click that did not register fails here, beside its cause, not later at a save that stored nothing.
 */
public final class Checkbox {

    private final Browser browser;
    private final By container;

    private Checkbox(Browser browser, By container) {
        this.browser = browser;
        this.container = container;
    }

    /** A {@code p:selectBooleanCheckbox} by its client id. */
    public static Checkbox in(Browser browser, String id) {
        return new Checkbox(browser, By.id(id));
    }

    /** The option labelled {@code label} of the {@code p:selectManyCheckbox} with that client id. */
    public static Checkbox option(Browser browser, String id, String label) {
        return new Checkbox(browser, By.xpath("//*[@id='" + id + "']//label[normalize-space()='" + label
                + "']/preceding-sibling::div[contains(@class,'ui-chkbox')]"));
    }

    /** An option by its label anywhere on the page (for a list whose id a test need not know). */
    public static Checkbox labelled(Browser browser, String label) {
        return new Checkbox(browser, By.xpath("//label[normalize-space()='" + label
                + "']/preceding-sibling::div[contains(@class,'ui-chkbox')]"));
    }

    /** Ticks or clears the box; does nothing when it already shows that state. */
    public Checkbox set(boolean checked) {
        browser.waitForIdle();
        if (isChecked() != checked) {
            WebElement box = browser.find(container).findElement(By.cssSelector(".ui-chkbox-box"));
            box.click();
            browser.waitUntil(d -> isChecked() == checked);
        }
        return this;
    }

    public Checkbox check() {
        return set(true);
    }

    public boolean isChecked() {
        return browser.find(container).findElement(By.cssSelector("input[type='checkbox']")).isSelected();
    }
}
