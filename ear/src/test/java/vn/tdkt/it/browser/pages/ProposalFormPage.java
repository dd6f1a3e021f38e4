package vn.tdkt.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;

/** {@code app/proposal-edit.xhtml}: the clerk's proposal form. */
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

    public ProposalFormPage nomineeName(String text) {
        return type("proposal-form:nominee-name", text);
    }

    public ProposalFormPage position(String text) {
        return type("proposal-form:nominee-position", text);
    }

    public ProposalFormPage summary(String text) {
        return type("proposal-form:summary", text);
    }

    /** Chooses a title by its visible (Vietnamese) label in the PrimeFaces drop-down. */
    public ProposalFormPage title(String label) {
        browser.find(By.id("proposal-form:title")).click();
        browser.find(By.cssSelector("#proposal-form\\:title_items li[data-label='" + label + "']")).click();
        browser.waitUntil(d -> d.findElement(By.id("proposal-form:title_label")).getText().equals(label));
        return this;
    }

    /** Pastes long text at once (typing 4,000 characters key by key is slow and proves nothing more). */
    public ProposalFormPage pasteSummary(String text) {
        WebElement area = browser.find(By.id("proposal-form:summary"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", area, text);
        return this;
    }

    public ProposalFormPage saveDraft() {
        browser.clickAndWaitForReload(By.id("proposal-form:save"));
        browser.find(By.id("page-messages"));
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

    /** The message shown beside a field ({@code nominee-name}, {@code nominee-position}, {@code title}, {@code summary}). */
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

    private ProposalFormPage type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }
}
