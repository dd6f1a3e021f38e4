package vn.tdkt.it.browser.widgets;

import java.util.function.Predicate;
import org.openqa.selenium.By;
import vn.tdkt.it.browser.Browser;

/**
 * A PrimeFaces {@code p:selectOneMenu}, chosen as a user does: open the panel, click the item. The panel slides
 * open and closed with a CSS transition; an item clicked while it still moves can land on its neighbour, and a
 * button clicked while it is still closing can hit the panel instead. So every step waits for the panel to be
 * completely open (or closed) and still, as PrimeFaces itself reports it, before the next click.
 */
public final class SelectOneMenu {

    private final Browser browser;
    private final String id;

    private SelectOneMenu(Browser browser, String id) {
        this.browser = browser;
        this.id = id;
    }

    /** The menu with that client id, e.g. {@code compose-form:head}. */
    public static SelectOneMenu in(Browser browser, String id) {
        return new SelectOneMenu(browser, id);
    }

    /** Chooses the item with exactly that label. */
    public void choose(String label) {
        choose("[data-label='" + label + "']", label::equals);
    }

    /** Chooses the item whose label ends with that text, e.g. a person's "(username)". */
    public void chooseEndingWith(String suffix) {
        choose("[data-label$='" + suffix + "']", shown -> shown.endsWith(suffix));
    }

    /** The label the menu shows. */
    public String label() {
        return browser.find(By.id(id + "_label")).getText();
    }

    private void choose(String itemFilter, Predicate<String> chosen) {
        browser.waitForIdle();
        browser.find(By.id(id)).click();
        browser.waitUntil(d -> panelIs(true));
        browser.find(By.cssSelector("#" + id.replace(":", "\\:") + "_items li" + itemFilter)).click();
        browser.waitUntil(d -> panelIs(false) && chosen.test(label()));
        // A menu with an ajax listener sends its request on change; the page is ready once it has been answered.
        browser.waitForIdle();
    }

    /** Whether the panel is open (or closed) and no PrimeFaces transition is running. */
    private boolean panelIs(boolean open) {
        return Boolean.TRUE.equals(browser.script("const menu = PrimeFaces.getWidgetById(arguments[0]);"
                + " return !!menu && !PrimeFaces.animationActive && menu.panel.is(':visible') === arguments[1]"
                + " && menu.keyboardTarget.attr('aria-expanded') === String(arguments[1]);", id, open));
    }
}
