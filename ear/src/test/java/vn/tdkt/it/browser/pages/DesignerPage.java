package vn.tdkt.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.tdkt.it.browser.Browser;

/**
 * {@code app/admin/designer.xhtml}: the BPMN editor with our properties panel. Graph surgery on the canvas goes
 * through bpmn-js's own modelling API (its drag and drop is bpmn-js's, tested there); everything of ours — the
 * panel, the buttons, the server's check and deployment — is driven as a user drives it.
 */
public class DesignerPage {

    private final Browser browser;

    public DesignerPage(Browser browser) {
        this.browser = browser;
        // The diagram is drawn: the editor has imported it and rendered its shapes.
        browser.waitUntil(d -> Boolean.TRUE.equals(js().executeScript(
                "return document.querySelectorAll('#designer-root .djs-shape').length > 5;")));
    }

    /** The elements highlighted as where the instance stands (waits for the highlight to be drawn). */
    public List<String> currentSteps() {
        browser.waitUntil(d -> Boolean.TRUE.equals(js().executeScript(
                "return document.querySelectorAll('#designer-root .djs-element.tdkt-current').length > 0;")));
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) js().executeScript("return Array.from(document"
                + ".querySelectorAll('#designer-root .djs-element.tdkt-current')).map(e => e.dataset.elementId);");
        return ids;
    }

    /** How many shapes the canvas shows. */
    public long shapes() {
        return (Long) js().executeScript("return document.querySelectorAll('#designer-root .djs-shape').length;");
    }

    /**
     * Puts a new user task on a sequence flow: the flow now ends at the task, and a new flow leads from the task to
     * the flow's former target. Answers the new task's id, selected.
     */
    public String insertUserTaskOn(String flowId) {
        String id = (String) js().executeScript("""
                var m = window.tdktDesigner.modeler;
                var registry = m.get('elementRegistry'), modeling = m.get('modeling');
                var flow = registry.get(arguments[0]);
                var target = flow.target;
                var a = flow.waypoints[0], b = flow.waypoints[flow.waypoints.length - 1];
                var shape = modeling.createShape(m.get('elementFactory').createShape({type: 'bpmn:UserTask'}),
                    {x: (a.x + b.x) / 2, y: Math.max(a.y, b.y) + 140}, flow.parent);
                modeling.reconnectEnd(flow, shape, {x: shape.x + shape.width / 2, y: shape.y + shape.height / 2});
                modeling.connect(shape, target);
                m.get('selection').select(shape);
                return shape.id;
                """, flowId);
        browser.find(By.cssSelector(".tdkt-designer__panel [data-key='role']"));
        return id;
    }

    public DesignerPage name(String name) {
        WebElement field = browser.find(By.cssSelector(".tdkt-designer__panel [data-key='name']"));
        field.clear();
        field.sendKeys(name, Keys.TAB);
        return this;
    }

    public DesignerPage group(String roleLabel, String unitLabel) {
        new Select(browser.find(By.cssSelector(".tdkt-designer__panel [data-key='role']")))
                .selectByVisibleText(roleLabel);
        new Select(browser.find(By.cssSelector(".tdkt-designer__panel [data-key='unit']")))
                .selectByVisibleText(unitLabel);
        return this;
    }

    public DesignerPage form(String formLabel) {
        new Select(browser.find(By.cssSelector(".tdkt-designer__panel [data-key='formKey']")))
                .selectByVisibleText(formLabel);
        return this;
    }

    /** Asks the server to check the diagram; answers the messages and the listed problems. */
    public String check() {
        // The answer replaces the messages: clear the previous one first, so that the wait below sees the new one.
        js().executeScript("document.getElementById('page-messages').innerHTML = '';"
                + " document.getElementById('designer-problems').innerHTML = '';");
        browser.find(By.id("check")).click();
        browser.waitUntil(d -> Boolean.TRUE.equals(js().executeScript("var m = document.getElementById("
                + "'page-messages'); return m !== null && m.innerText.trim().length > 0"
                + " && PrimeFaces.ajax.Queue.isEmpty();")));
        return browser.find(By.id("page-messages")).getText() + "\n"
                + browser.driver().findElement(By.id("designer-problems")).getText();
    }

    /** Deploys the diagram as the next version; the page returns to the list of versions. */
    public ProcessesPage deploy(String note) {
        WebElement field = browser.find(By.id("designer-form:note"));
        field.clear();
        field.sendKeys(note);
        browser.find(By.id("deploy")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/admin/processes.xhtml"));
        return new ProcessesPage(browser);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
