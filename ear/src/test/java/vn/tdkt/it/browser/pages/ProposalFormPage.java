package vn.tdkt.it.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.tdkt.it.browser.Browser;
import vn.tdkt.it.browser.widgets.Checkbox;
import vn.tdkt.it.browser.widgets.SelectOneMenu;

/**
 * {@code app/proposal-edit.xhtml}: the clerk's dossier form: general fields, the nominee panel that adds a
 * nominee to the list, the files, the rules' findings and the save / submit buttons.
 */
public class ProposalFormPage {

    private final Browser browser;

    public ProposalFormPage(Browser browser) {
        this.browser = browser;
    }

    public static ProposalFormPage openNew(Browser browser) {
        browser.open("/app/proposal-edit.xhtml");
        browser.find(By.id("proposal-form:nominee-name"));
        return new ProposalFormPage(browser);
    }

    public ProposalFormPage year(String year) {
        return type("proposal-form:achievement-year", year);
    }

    public ProposalFormPage nomineeName(String text) {
        return type("proposal-form:nominee-name", text);
    }

    public ProposalFormPage position(String text) {
        return type("proposal-form:nominee-details", text);
    }

    public ProposalFormPage summary(String text) {
        return type("proposal-form:nominee-report", text);
    }

    /** Chooses the nominee's title by its visible (Vietnamese) label in the PrimeFaces drop-down. */
    public ProposalFormPage title(String label) {
        return choose("proposal-form:nominee-title", label);
    }

    public ProposalFormPage kind(String label) {
        return choose("proposal-form:nominee-kind", label);
    }

    /** Pastes long text at once (typing 8,000 characters key by key is slow and proves nothing more). */
    public ProposalFormPage pasteSummary(String text) {
        WebElement area = browser.find(By.id("proposal-form:nominee-report"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", area, text);
        return this;
    }

    /** Puts the nominee of the panel into the list (or shows messages beside its fields). */
    public ProposalFormPage addNominee() {
        browser.clickAndWaitForAjax(By.id("proposal-form:apply-nominee"));
        return this;
    }

    /** Opens the n-th listed nominee (0-based) in the panel. */
    public ProposalFormPage editNominee(int index) {
        browser.clickAndWaitForAjax(By.id("proposal-form:dt-nominees:" + index + ":edit-nominee"));
        return this;
    }

    /** The names in the nominee list, in order. */
    public List<String> nominees() {
        return browser.driver().findElements(By.cssSelector("#proposal-form\\:dt-nominees .nominee-name")).stream()
                .map(WebElement::getText).toList();
    }

    public ProposalFormPage saveDraft() {
        browser.clickAndWaitForReload(By.id("proposal-form:save"));
        browser.find(By.id("page-messages"));
        return this;
    }

    /** Uploads a file of the given kind (visible label) to the saved dossier. */
    public ProposalFormPage attach(String kindLabel, Path file) {
        new Select(browser.find(By.id("attachments-form:upload-kind"))).selectByVisibleText(kindLabel);
        browser.driver().findElement(By.id("attachments-form:upload-file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForReload(By.id("attachments-form:upload"));
        return this;
    }

    /** The attached files' names. */
    public List<String> attachments() {
        return browser.driver().findElements(By.cssSelector(".attachment-name")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** The rules' findings shown, each as "Lỗi: …" or "Cảnh báo: …". */
    public List<String> findings() {
        return browser.driver().findElements(By.cssSelector("li.finding")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** The checklist's kinds still missing a file. */
    public List<String> missingFiles() {
        return browser.driver().findElements(By.cssSelector("li.required-missing")).stream()
                .map(e -> e.getAttribute("data-kind")).toList();
    }

    public ProposalFormPage acknowledgeWarnings() {
        Checkbox.in(browser, "proposal-form:acknowledge").check();
        return this;
    }

    /** Clicks submit; returns the proposal page when the submission went through. */
    public ProposalPage submit() {
        browser.clickAndWaitForReload(By.id("proposal-form:submit"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/proposal.xhtml"));
        return new ProposalPage(browser);
    }

    /** Clicks submit expecting the form to come back with messages. */
    public ProposalFormPage submitExpectingErrors() {
        browser.clickAndWaitForReload(By.id("proposal-form:submit"));
        browser.find(By.id("proposal-form:nominee-name"));
        return this;
    }

    /** The message shown beside a field ({@code nominee-name}, {@code nominee-details}, {@code nominee-title}…). */
    public String messageBeside(String field) {
        return browser.driver().findElement(By.id("proposal-form:" + field + "-message")).getText().strip();
    }

    public String value(String field) {
        return browser.driver().findElement(By.id("proposal-form:" + field)).getAttribute("value");
    }

    public String returnReason() {
        return browser.find(By.id("proposal-form:return-reason")).getText();
    }

    public String currentUrl() {
        return browser.driver().getCurrentUrl();
    }

    private ProposalFormPage choose(String id, String label) {
        SelectOneMenu.in(browser, id).choose(label);
        return this;
    }

    private ProposalFormPage type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }
}
