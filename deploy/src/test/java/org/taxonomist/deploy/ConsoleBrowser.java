package org.taxonomist.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driving the console, and the waits its PrimeFaces pages need.
 *
 * <p>A test never waits a fixed time: it waits for what PrimeFaces itself tracks, the way
 * PrimeFaces' own Selenium tests do ({@code PrimeExpectedConditions}): the document loaded, the
 * AJAX queue empty, no CSS transition or jQuery animation running. Clicking an overlay's item while
 * the overlay still scales in lands where the item was a frame ago, and before a select menu has
 * opened PrimeFaces ignores it (see {@link #OPENED}); on Chromium 156.0.8078.114 that left select
 * menus unchanged (issue 19). A person clicks after the menu has opened, and so do these helpers.
 */
final class ConsoleBrowser {

    /**
     * True when nothing on the page is moving or loading: the document is complete, PrimeFaces has
     * no AJAX request queued or running and no transition or animation active.
     */
    private static final String IDLE = "return document.readyState === 'complete'"
            + " && (!window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && !PrimeFaces.animationActive))"
            + " && (!window.jQuery || jQuery(':animated').length === 0);";

    /**
     * True once a select menu's list has finished opening. PrimeFaces 15 remembers the menu's value
     * only then (its {@code onEntered}); an option clicked earlier makes its click handler read that
     * value while still unset, throw, and leave the menu unchanged. A menu redrawn by the choice
     * before it (a field's terms) had never opened, and on CI's 2 cores such a click landed 35 ms
     * early while PrimeFaces' global animation flag already read false.
     */
    private static final String OPENED = "var panel = document.getElementById(arguments[0] + '_panel');"
            + " return !!panel && panel.classList.contains('ui-connected-overlay-enter-done');";

    /** Records what happens to a menu while a test picks from it; printed when the pick fails. */
    private static final String RECORD = """
            var menu = arguments[0], log = window.__consoleTestEvents = [], t0 = performance.now();
            var note = function (text) { log.push(Math.round(performance.now() - t0) + ' ms ' + text); };
            ['mousedown', 'click', 'scroll', 'resize'].forEach(function (type) {
              window.addEventListener(type, function (e) {
                note(type + ' on ' + (e.target && e.target.id ? '#' + e.target.id : String(e.target)) + ' at ' + e.clientX + ',' + e.clientY);
              }, true);
            });
            jQuery(document).on('pfAjaxSend.consoleTest', function () { note('AJAX sent'); })
              .on('pfAjaxComplete.consoleTest', function () { note('AJAX complete'); });
            var panel = document.getElementById(menu + '_panel');
            if (panel) {
              new MutationObserver(function () { note('panel: ' + panel.className); }).observe(panel, {attributes: true, attributeFilter: ['class']});
            }
            """;

    private final WebDriver driver;
    private final WebDriverWait wait;

    private ConsoleBrowser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** A fresh headless Chromium with an empty profile that reaches no network but the console's. */
    static ConsoleBrowser open(String chromium, String chromedriver) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("console-it-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(chromedriver))
                .build();
        return new ConsoleBrowser(new ChromeDriver(service, options));
    }

    WebDriver driver() {
        return driver;
    }

    /** "Chromium 156.0.8078.114, ChromeDriver 156.0.8078.114 (…)", as the driver reports them. */
    String versions() {
        Capabilities capabilities = ((ChromeDriver) driver).getCapabilities();
        Object chrome = capabilities.getCapability("chrome");
        Object chromedriver = chrome instanceof Map<?, ?> map ? map.get("chromedriverVersion") : "unknown";
        return capabilities.getBrowserName() + " " + capabilities.getBrowserVersion() + ", ChromeDriver "
                + chromedriver;
    }

    /** Waits until the page is loaded and still: no AJAX in flight, no animation running. */
    void awaitIdle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(IDLE)));
    }

    /**
     * Picks an option of a PrimeFaces select menu the way a person does: click the menu, wait until
     * its list has opened, click the option; then waits for the menu to show it and for the AJAX
     * update the choice may trigger.
     */
    void choose(WebElement menu, String option) {
        String id = menu.getAttribute("id");
        awaitIdle();
        ((JavascriptExecutor) driver).executeScript(RECORD, id);
        driver.findElement(By.id(id)).click(); // found again: the page may have redrawn it while it went idle
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(OPENED, id)));
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + id + "_items'] li[data-label='" + option + "']")));
        awaitIdle();
        item.click();
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), option));
        } catch (TimeoutException e) {
            throw new TimeoutException(
                    "Choosing '" + option + "' in " + id + " on " + versions() + " failed; what the page saw: "
                            + ((JavascriptExecutor) driver)
                                    .executeScript("return (window.__consoleTestEvents || []).join('\\n');"),
                    e);
        }
        awaitIdle();
    }

    void quit() {
        driver.quit();
    }
}
