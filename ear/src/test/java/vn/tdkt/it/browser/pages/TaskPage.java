package vn.tdkt.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.Browser;

/** {@code app/task.xhtml} past the unit head: the council's ballot, the board's reception and appraisal, the decision. */
public class TaskPage {

    private final Browser browser;

    public TaskPage(Browser browser) {
        this.browser = browser;
        browser.find(By.id("task-header"));
    }

    public String stepName() {
        return browser.find(By.id("task-name")).getText();
    }

    public String dossierStatus() {
        return browser.find(By.id("dossier-status")).getText();
    }

    public InboxPage recordVote(int members, int present, int agree, int disagree, int abstain) {
        type("vote-form:members", members);
        type("vote-form:present", present);
        type("vote-form:agree", agree);
        type("vote-form:disagree", disagree);
        type("vote-form:abstain", abstain);
        return toInbox(By.id("vote-form:record-vote"));
    }

    /** Records counts that do not add up; returns the form's text with the message beside the votes for. */
    public String recordVoteExpectingError(int members, int present, int agree, int disagree, int abstain) {
        type("vote-form:members", members);
        type("vote-form:present", present);
        type("vote-form:agree", agree);
        type("vote-form:disagree", disagree);
        type("vote-form:abstain", abstain);
        browser.clickAndWaitForReload(By.id("vote-form:record-vote"));
        return browser.find(By.id("vote-form")).getText();
    }

    /** Gives the opinion a step an administrator added asks for. */
    public InboxPage giveOpinion(String opinion, boolean agree) {
        browser.find(By.id("opinion-form:opinion")).sendKeys(opinion);
        return toInbox(By.id(agree ? "opinion-form:agree" : "opinion-form:disagree"));
    }

    public InboxPage accept() {
        return toInbox(By.id("accept-form:accept"));
    }

    public InboxPage returnForSupplement(String reason) {
        WebElement field = browser.find(By.id("reception-reason-form:reason"));
        field.clear();
        field.sendKeys(reason);
        return toInbox(By.id("reception-reason-form:supplement"));
    }

    public boolean offersReturnForSupplement() {
        return !browser.driver().findElements(By.id("reception-reason-form:supplement")).isEmpty();
    }

    public InboxPage proposeForDecision(String opinion) {
        browser.find(By.id("appraisal-form:opinion")).sendKeys(opinion);
        return toInbox(By.id("appraisal-form:propose"));
    }

    /** Issues the decision with every nominee commended; the decision's page opens with its number. */
    public DecisionPage decide() {
        browser.clickAndWaitForReload(By.id("decision-form:decide"));
        return new DecisionPage(browser);
    }

    private void type(String id, int value) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(String.valueOf(value));
    }

    private InboxPage toInbox(By button) {
        browser.clickAndWaitForReload(button);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/inbox.xhtml"));
        return new InboxPage(browser);
    }
}
