package vn.tdkt.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;

/** {@code app/admin/processes.xhtml}: the versions of the processes, and the migration of running dossiers. */
public class ProcessesPage {

    /** The rows of the commendation procedure (other processes are listed too). */
    private static final String ROWS = "tr.process-version.process-commendation-proposal";

    private final Browser browser;

    public ProcessesPage(Browser browser) {
        this.browser = browser;
        browser.find(By.id("versions-form"));
    }

    public static ProcessesPage open(Browser browser) {
        browser.open("/app/admin/processes.xhtml");
        return new ProcessesPage(browser);
    }

    public String messages() {
        return browser.find(By.id("page-messages")).getText();
    }

    /** The commendation procedure's rows' texts, newest version first. */
    public List<String> rows() {
        return browser.driver().findElements(By.cssSelector(ROWS)).stream().map(WebElement::getText)
                .toList();
    }

    /** The version number new dossiers start on. */
    public int latestVersion() {
        return Integer
                .parseInt(browser.find(By.cssSelector(ROWS + ".process-latest td.version-number")).getText().trim()
                        .split("\\s+")[0]);
    }

    /** Opens the latest version (or the saved draft) in the designer. */
    public DesignerPage openDesigner() {
        browser.clickAndWaitForReload(By.id("open-designer"));
        return new DesignerPage(browser);
    }

    /** Opens the designer on the version in the row with that version number. */
    public DesignerPage openVersion(int version) {
        browser.clickAndWaitForReload(row(version).findElement(By.cssSelector("a.open-version")));
        return new DesignerPage(browser);
    }

    /** Shows the migration of the running dossiers of that version to the latest one. */
    public ProcessesPage prepareMigration(int version) {
        browser.clickAndWaitForReload(row(version).findElement(By.cssSelector("a.migrate-version")));
        browser.find(By.cssSelector(".migration-panel"));
        return this;
    }

    /** The migration preview's row of a dossier. */
    public String candidate(String proposalNumber) {
        return browser.find(By.cssSelector("tr.migration-candidate[data-proposal='" + proposalNumber + "']")).getText();
    }

    /** Opens the designer on the version the dossier runs on, with the steps it stands at highlighted. */
    public DesignerPage showPosition(String proposalNumber) {
        browser.clickAndWaitForReload(browser.find(By.cssSelector(
                "tr.migration-candidate[data-proposal='" + proposalNumber + "'] a.instance-position")));
        return new DesignerPage(browser);
    }

    /** Moves only this dossier (every other choice cleared), confirming the dialog. */
    public ProcessesPage migrateOnly(String proposalNumber) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("tr.migration-candidate"))) {
            WebElement box = row.findElement(By.cssSelector("input[type=checkbox]"));
            boolean wanted = proposalNumber.equals(row.getAttribute("data-proposal"));
            if (box.isEnabled() && box.isSelected() != wanted) {
                box.click();
            }
        }
        WebElement button = browser.find(By.id("versions-form:migrate"));
        browser.script("window.confirm = () => true;");
        browser.clickAndWaitForReload(button);
        return new ProcessesPage(browser);
    }

    private WebElement row(int version) {
        return browser.driver().findElements(By.cssSelector(ROWS)).stream()
                .filter(r -> r.findElement(By.cssSelector("td.version-number")).getText().trim()
                        .split("\\s+")[0].equals(String.valueOf(version)))
                .findFirst().orElseThrow(() -> new AssertionError("no row for version " + version));
    }
}
