package vn.tdkt.it.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium driven by the matching chromedriver, with the fresh temporary profile chromedriver makes (the shell
 * does not start on a profile folder named by us). It is Debian's
 * {@code chromium-headless-shell}: the same engine as the {@code chromium} package, without the desktop browser's
 * machinery (sync, history, extensions, the browser window) around it, so each page costs about a third less CPU —
 * and the browser tests share two cores with the server. Never downloads a browser: when a binary is missing the
 * test fails with the reason (the build installs them first).
 */
public final class Browser implements AutoCloseable {

    /**
     * The binary itself: Debian's {@code /usr/bin/chromium-headless-shell} is a script that starts it as a child
     * (without {@code exec}), so quitting would stop only the script and leave the browser running.
     */
    static final String CHROMIUM = "/usr/lib/chromium/chromium-headless-shell";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String baseUrl;

    public Browser() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium-headless-shell and chromium-driver);"
                    + " ear/src/test/scripts/ensure-chromium.sh installs them");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1280,1000", "--lang=vi",
                // Every test navigates a few hundred times within one site: keep one renderer for it instead of
                // swapping processes per navigation for a back/forward cache no test uses.
                "--disable-features=BackForwardCache,RenderDocument,ProactivelySwapBrowsingInstance,PaintHolding",
                "--disable-extensions", "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                // The application honours "reduce motion" (resources/js/tdkt.js): overlays open and close at once.
                // The widgets still wait for PrimeFaces to be still, which now takes no time.
                "--force-prefers-reduced-motion");
        // The console is kept so that every test can prove no page broke the Content-Security-Policy.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        baseUrl = "http://127.0.0.1:" + System.getProperty("tdkt.test.http.port", "8180") + "/tdkt";
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application, e.g. {@code /app/inbox.xhtml}. */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        // Checked every 50 ms, not Selenium's default 500 ms: a test waits on hundreds of states, most of which
        // arrive within a few milliseconds, and half a second each added minutes to the run.
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50)).until(condition);
    }

    /**
     * Clicks a non-ajax button and waits until the page it was on has been replaced by a fully loaded one. The
     * old page is marked with a script variable, which the next page no longer has: unlike waiting for an old
     * element to go stale, this cannot trip over an element that vanishes in the middle of a driver command.
     */
    public void clickAndWaitForReload(By button) {
        clickAndWaitForReload(find(button));
    }

    /**
     * Clicks an ajax button and waits until PrimeFaces has answered that very request and the page is idle again.
     * A marker set before the click is cleared by PrimeFaces' own "ajax complete" event, so the wait cannot end
     * before the request has even started (an empty queue right after the click proves nothing).
     */
    public void clickAndWaitForAjax(By button) {
        clickAndWaitForAjax(find(button));
    }

    /** The same for an element already found. */
    public void clickAndWaitForAjax(WebElement element) {
        waitForIdle();
        script("window.tdktAjaxPending = true;"
                + " jQuery(document).one('pfAjaxComplete', function () { window.tdktAjaxPending = false; });");
        element.click();
        waitUntil(d -> Boolean.FALSE.equals(script("return window.tdktAjaxPending;")));
        waitForIdle();
    }

    /**
     * Waits until the page is loaded, PrimeFaces has no request in flight or queued, and no overlay is in the
     * middle of its open or close transition — the state in which a click lands where the test means it to.
     */
    public void waitForIdle() {
        waitUntil(d -> Boolean.TRUE.equals(script("return document.readyState === 'complete'"
                + " && (window.PrimeFaces === undefined || (PrimeFaces.ajax.Queue.isEmpty()"
                + " && jQuery.active === 0 && !PrimeFaces.animationActive));")));
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The same for an element already found, such as a link in a table row. */
    public void clickAndWaitForReload(WebElement element) {
        waitForIdle();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.tdktPageBeforeClick = true;");
        element.click();
        waitUntil(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.tdktPageBeforeClick === undefined && document.readyState === 'complete';"));
            } catch (WebDriverException navigating) {
                return false;
            }
        });
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot under target/screenshots for a person to look at after a failure. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("tdkt.test.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot " + name + ": " + e.getMessage());
        }
    }

    /**
     * Makes the browser as a new user finds it: no page, no cookies (so no session), nothing in the application's
     * web storage. The HTTP cache stays, as it does for a person who signs out and in again.
     */
    public void reset() {
        securityPolicyViolations(); // what an earlier test left in the console is not the next test's
        driver.get("about:blank");
        forgetSession();
        ((ChromeDriver) driver).executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin(),
                "storageTypes", "local_storage,session_storage,indexeddb,service_workers"));
    }

    /**
     * The console messages in which the browser refused something under the page's Content-Security-Policy since
     * the last call (reading the console empties it): a script, handler, style or frame the policy does not allow.
     */
    public List<String> securityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Drops every cookie of the browser, whatever page is open: the next request has no session. */
    public void forgetSession() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    private String origin() {
        URI base = URI.create(baseUrl);
        return base.getScheme() + "://" + base.getAuthority();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
