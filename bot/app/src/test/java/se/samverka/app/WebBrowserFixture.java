package se.samverka.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverka.integrations.console.ConsoleSession;

/**
 * What the page tests in a real headless Chromium (Debian's chromium and chromium-driver) share: one browser per
 * class, signed out before each test; on {@link WebServerFixture}'s bot, Amina's group with Tor (Falkenberg) and Sara
 * (Hylte), the meeting of 20 October (held, agenda item "Migration och arbetsmarknad") and the one of 24 November
 * (planned), three decisions and two action items made on 2 November; and Bo's "Annan grupp" with a decision of its
 * own. A failing test leaves a screenshot and the page's HTML in target/screenshots. The browser helpers (starting a
 * Chromium, pressing and waiting) serve the other browser tests too.
 */
abstract class WebBrowserFixture extends WebServerFixture {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static WebDriver browser;
    ConsoleSession bo;

    @RegisterExtension
    final TestWatcher screenshots = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) return;
            try {
                Path dir = Path.of("target", "screenshots");
                Files.createDirectories(dir);
                byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
                Files.write(dir.resolve(context.getRequiredTestMethod().getName() + ".png"), png);
                Files.writeString(dir.resolve(context.getRequiredTestMethod().getName() + ".html"), browser.getPageSource());
            } catch (Exception e) {
                System.err.println("no screenshot: " + e);
            }
        }
    };

    /** Skips the test class where Chromium is not installed. */
    static void assumeChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    }

    /** A headless Chromium of its own (own profile, own cookies), 1200×1600. */
    static WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,1600", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        WebDriver chromium = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chromium;
    }

    @BeforeAll
    static void startChromium() throws Exception {
        assumeChromium();
        browser = chromium();
    }

    @AfterAll
    static void quitChromium() {
        if (browser != null) browser.quit();
        browser = null;
    }

    /** The meetings are booked on 1 October, before the first of them. */
    @Override
    Instant startsAt() {
        return at("2026-10-01T10:00");
    }

    @BeforeEach
    void groupsWithRecordsAndSignedOut() {
        ok(amina, "medlem Tor Jacobsen, Falkenberg");
        ok(amina, "medlem Sara Ek, Hylte");
        ok(amina, "möte 20 oktober 9-12 Halmstad");
        ok(amina, "punkt Migration och arbetsmarknad");
        ok(amina, "möte 24 november 13-16 Falkenberg");
        clock.set(at("2026-11-02T10:00"));
        ok(amina, "beslut Vi bjuder in Migrationsverket och Arbetsförmedlingen till nästa möte.");
        ok(amina, "beslut Gruppen tar fram en gemensam lägesbild före årsskiftet.");
        ok(amina, "beslut Falkenberg är värd för mötet i november.");
        ok(amina, "åtgärd Tor bokar lokal i Falkenberg senast 20 november");
        ok(amina, "åtgärd Sara skickar ut inbjudan senast 30 oktober");

        bo = new ConsoleSession(samverka.assistant(), Optional.of("Annan grupp"), "Bo Berg");
        ok(bo, "grupp skapa Annan grupp");
        ok(bo, "beslut Hemligt beslut i den andra gruppen om budgeten.");

        browser.get(base + "/web");
        browser.manage().deleteAllCookies();
    }

    Path db() {
        return folder.resolve("s.db");
    }

    static String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The group id of the page the browser is on (from a nav link). */
    static long groupId() {
        String href = browser.findElement(By.linkText("Översikt")).getAttribute("href");
        return Long.parseLong(href.replaceAll(".*/web/g/(\\d+).*", "$1"));
    }

    /** Presses a link or a form's button and waits until the page it leads to (after any redirect) has loaded. */
    static void submit(WebElement button) {
        submit(browser, button);
    }

    /** The same in a browser of the test's own. */
    static void submit(WebDriver in, WebElement button) {
        button.click();
        waitFor(in, d -> leftThePage(button));
    }

    /**
     * Whether the element is no longer in the page: stale, or — as Chromium 156 answers while the next page replaces the
     * document — "Node with given id does not belong to the document" (Selenium's stalenessOf lets that one through).
     */
    static boolean leftThePage(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) return true;
            throw e;
        }
    }

    /** Waits (up to 10 s) for the condition, then for the page to have loaded. */
    static void waitFor(ExpectedCondition<?> condition) {
        waitFor(browser, condition);
    }

    static void waitFor(WebDriver in, ExpectedCondition<?> condition) {
        new WebDriverWait(in, Duration.ofSeconds(10)).until(condition);
        new WebDriverWait(in, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
