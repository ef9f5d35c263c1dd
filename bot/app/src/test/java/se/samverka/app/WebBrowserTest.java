package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/**
 * The web pages in a real headless Chromium (Debian's chromium and chromium-driver): a member follows the link
 * from {@code webb}, browses group → meeting → decision, searches and filters the register, marks an action item done
 * and the chat shows it, downloads the annual report; an altered link is refused; one group's session never sees
 * another group's pages. A failing test leaves a screenshot in target/screenshots.
 */
class WebBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path folder;
    static Samverka samverka;
    static Javalin http;
    static String base;
    static ConsoleSession amina;
    static ConsoleSession bo;
    static WebDriver browser;

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

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-10-01T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db"))), Optional.empty()), clock);
        http = HttpServer.create(samverka).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + http.port();

        amina = new ConsoleSession(samverka.assistant(), Optional.of("Strategisk grupp integration"), "Amina Boulaabi");
        ok(amina, "grupp skapa Strategisk grupp integration");
        ok(amina, "medlem Tor Jacobsen, Falkenberg");
        ok(amina, "medlem Sara Ek, Hylte");
        ok(amina, "möte 20 oktober 9-12 Halmstad");
        ok(amina, "punkt Migration och arbetsmarknad");
        ok(amina, "möte 24 november 13-16 Falkenberg");
        clock.set(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant());
        ok(amina, "beslut Vi bjuder in Migrationsverket och Arbetsförmedlingen till nästa möte.");
        ok(amina, "beslut Gruppen tar fram en gemensam lägesbild före årsskiftet.");
        ok(amina, "beslut Falkenberg är värd för mötet i november.");
        ok(amina, "åtgärd Tor bokar lokal i Falkenberg senast 20 november");
        ok(amina, "åtgärd Sara skickar ut inbjudan senast 30 oktober");

        bo = new ConsoleSession(samverka.assistant(), Optional.of("Annan grupp"), "Bo Berg");
        ok(bo, "grupp skapa Annan grupp");
        ok(bo, "beslut Hemligt beslut i den andra gruppen om budgeten.");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,1600", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (http != null) http.stop();
        if (samverka != null) samverka.close();
    }

    @BeforeEach
    void signedOut() {
        browser.get(base + "/web");
        browser.manage().deleteAllCookies();
    }

    static String ok(ConsoleSession who, String command) {
        Reply reply = who.send(command);
        assertFalse(reply.rejected(), command + " → " + reply);
        return reply.toString();
    }

    /** The personal link from webb, pointed at the test server's port. */
    static String link(ConsoleSession who) {
        Matcher m = Pattern.compile("/web/login\\?t=([A-Za-z0-9_.-]+)").matcher(ok(who, "webb"));
        assertTrue(m.find(), "webb gives a link");
        return base + "/web/login?t=" + m.group(1);
    }

    static String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    @Test
    void aMemberFollowsTheLinkAndBrowsesGroupMeetingAndDecision() {
        browser.get(link(amina));
        assertEquals("Strategisk grupp integration", h1(), "one group: straight to it");
        assertTrue(browser.getCurrentUrl().matches(".*/web/g/\\d+$"), "the token is gone from the address: " + browser.getCurrentUrl());
        assertTrue(text().contains("Falkenberg") && text().contains("Tor Jacobsen") && text().contains("Hylte"), "roster by organisation");
        assertTrue(browser.findElement(By.cssSelector("a[href^='webcal://']")).isDisplayed(), "the calendar feed");
        submit(browser.findElement(By.linkText("tisdag 24 november 2026")));
        assertEquals("Möte tisdag 24 november 2026", h1());
        assertTrue(text().contains("Falkenberg"), text());
        browser.navigate().back();
        submit(browser.findElement(By.linkText("tisdag 20 oktober 2026")));
        assertTrue(text().contains("Migration och arbetsmarknad"), "the agenda: " + text());
        submit(browser.findElement(By.linkText("Beslutsregister")));
        assertTrue(h1().startsWith("Beslutsregister"), h1());
        submit(browser.findElement(By.partialLinkText("Beslut 1")));
        assertEquals("Beslut 1", h1());
        assertTrue(text().contains("Vi bjuder in Migrationsverket och Arbetsförmedlingen till nästa möte."), text());
        String stable = browser.getCurrentUrl();
        browser.get(base + "/web");
        browser.get(stable);
        assertEquals("Beslut 1", h1(), "a stable link per decision");
    }

    @Test
    void theRegisterIsSearchedAndFiltered() {
        browser.get(link(amina));
        browser.get(base + "/web/g/" + groupId() + "/beslut");
        assertTrue(text().contains("3 beslut"), text());
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("migrationsverk");
        search.sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("q=migrationsverk"));
        assertTrue(text().contains("1 beslut"), text());
        assertTrue(text().contains("Migrationsverket") && !text().contains("lägesbild"), text());
        submit(browser.findElement(By.linkText("Visa alla")));
        assertTrue(text().contains("3 beslut"), text());
        new Select(browser.findElement(By.id("ar"))).selectByVisibleText("2026");
        new Select(browser.findElement(By.id("org"))).selectByVisibleText("Falkenberg");
        browser.findElement(By.cssSelector("form.filters button")).click();
        waitFor(ExpectedConditions.urlContains("org=Falkenberg"));
        assertTrue(text().contains("1 beslut") && text().contains("Falkenberg är värd för mötet i november."), text());
        assertTrue(browser.getCurrentUrl().contains("ar=2026") && browser.getCurrentUrl().contains("org=Falkenberg"), "a link to the filtered list");
        browser.get(base + "/web/g/" + groupId() + "/beslut?ar=2025");
        assertTrue(text().contains("0 beslut"), "no decisions in 2025: " + text());
    }

    @Test
    void anActionItemMarkedDoneOnTheBoardIsDoneInTheChat() {
        browser.get(link(amina));
        browser.get(base + "/web/g/" + groupId() + "/atgarder");
        assertTrue(browser.findElement(By.cssSelector("svg.chart title")).getAttribute("textContent").contains("Öppna och klara"));
        assertTrue(text().contains("#2 skickar ut inbjudan"), text());
        submit(browser.findElement(By.cssSelector("button[aria-label^='Markera åtgärd #2']")));
        assertTrue(text().contains("Åtgärd #2 är markerad som klar"), text());
        assertFalse(ok(amina, "åtgärder alla").contains("skickar ut inbjudan"), "no longer among the open ones in the chat");
        assertTrue(amina.send("klar 2").toString().contains("redan klar"), "the chat knows it is done");
        assertEquals(1, DbSnapshot.count(folder.resolve("s.db"), "SELECT COUNT(*) FROM action_item WHERE number = 2 AND status = 'done'"
                + " AND done_by = (SELECT id FROM member WHERE name = 'Amina Boulaabi')"), "done by the member who pressed it");
    }

    @Test
    void theAnnualReportIsAPageAndAWordFile() throws Exception {
        browser.get(link(amina));
        submit(browser.findElement(By.linkText("Årsrapport")));
        assertEquals("Årsrapport 2026 — Strategisk grupp integration", h1());
        assertTrue(text().contains("Möten (1)") && text().contains("Planerade, ännu inte hållna (1)") && text().contains("Beslut (3)"),
                "the meeting held in October; the one in November is still planned: " + text());
        String href = browser.findElement(By.partialLinkText("Word")).getAttribute("href");
        HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "samverka_session=" + browser.manage().getCookieNamed("samverka_session").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, docx.statusCode());
        assertEquals("PK", new String(docx.body(), 0, 2), "a .docx is a zip");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
            assertEquals("Årsrapport 2026 — Strategisk grupp integration", doc.getParagraphs().get(0).getText());
        }
    }

    @Test
    void anAlteredLinkIsRefusedAndOpensNothing() {
        String link = link(amina);
        // one character of the signature changed (not the last: its low bits are padding in base64)
        int at = link.length() - 3;
        String altered = link.substring(0, at) + (link.charAt(at) == 'A' ? 'B' : 'A') + link.substring(at + 1);
        assertFalse(altered.equals(link));
        browser.get(altered);
        assertEquals("Länken fungerar inte", h1());
        assertEquals(null, browser.manage().getCookieNamed("samverka_session"), "no session");
        browser.get(base + "/web/g/" + DbSnapshot.count(folder.resolve("s.db"),
                "SELECT id FROM chat_group WHERE name = 'Strategisk grupp integration'"));
        assertEquals("Logga in med din länk", h1());
        assertFalse(text().contains("Tor Jacobsen"));
    }

    @Test
    void oneGroupsSessionNeverSeesAnotherGroupsPages() throws Exception {
        browser.get(link(bo));
        assertEquals("Annan grupp", h1());
        long mine = groupId();
        for (String page : List.of("", "/beslut", "/atgarder", "/arsrapport/2026", "/m/1")) {
            browser.get(base + "/web/g/" + (mine == 1 ? 2 : 1) + page);
            assertEquals("Sidan finns inte", h1(), page);
            assertFalse(text().contains("Migrationsverket") || text().contains("Tor Jacobsen"), page);
        }
        browser.get(base + "/web/g/" + mine + "/beslut?q=Migrationsverket");
        assertTrue(text().contains("0 beslut"), "the search stays in the group: " + text());
        // a form without the session's token changes nothing
        String cookie = browser.manage().getCookieNamed("samverka_session").getValue();
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/web/g/" + mine + "/atgarder/1/klar"))
                .header("Cookie", "samverka_session=" + cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=guess")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
    }

    @Test
    void theSkipLinkIsTheFirstStopForTheKeyboardAndTheLanguageSwitches() {
        browser.get(link(amina));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Hoppa till innehållet", focused.getText());
        assertEquals("main", browser.findElement(By.id("main")).getTagName());
        assertEquals("sv", browser.findElement(By.tagName("html")).getAttribute("lang"));
        String page = browser.getCurrentUrl();
        submit(browser.findElement(By.xpath("//footer//button[text()='In English']")));
        assertEquals(page, browser.getCurrentUrl(), "the same page");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Overview", browser.findElement(By.cssSelector("nav a[aria-current='page']")).getText());
        submit(browser.findElement(By.xpath("//footer//button[text()='På svenska']")));
        assertEquals("Översikt", browser.findElement(By.cssSelector("nav a[aria-current='page']")).getText());
    }

    /** WCAG contrast of every piece of text against the background it is drawn on; the failures, if any. */
    static final String CONTRAST = """
            const rgb = c => c.match(/rgba?\\(([^)]+)\\)/)[1].split(',').map(parseFloat);
            const lum = c => { const p = rgb(c).slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                               return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2]; };
            const background = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor; const p = rgb(c);
                                          if (p.length < 4 || p[3] > 0) return c; } return 'rgb(255, 255, 255)'; };
            const bad = [];
            document.querySelectorAll('body *').forEach(el => {
              if (el.closest('svg') || ![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) return;
              const r = el.getBoundingClientRect(); if (r.width === 0 || r.bottom < 0 || r.right < 0) return;
              const a = lum(getComputedStyle(el).color), b = lum(background(el));
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              if (ratio < 4.5) bad.push(el.tagName + ' "' + el.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
            });
            return bad;""";

    static final String UNLABELLED = """
            return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0 && !e.getAttribute('aria-label'))
              .concat([...document.querySelectorAll('a, button')].filter(e => !e.textContent.trim() && !e.getAttribute('aria-label')))
              .map(e => e.outerHTML.slice(0, 80));""";

    @Test
    void everyPageFitsAPhoneHasLandmarksLabelsAndContrast() {
        browser.get(link(amina));
        long group = groupId();
        long meeting = DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM meeting WHERE group_id = " + group);
        long decision = DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM decision WHERE group_id = " + group);
        org.openqa.selenium.Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String path : List.of("/web", "/web/g/" + group, "/web/g/" + group + "/m/" + meeting, "/web/g/" + group + "/beslut",
                    "/web/g/" + group + "/beslut/" + decision, "/web/g/" + group + "/atgarder", "/web/g/" + group + "/arsrapport/2026",
                    "/web/g/999")) {
                browser.get(base + path);
                org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
                long overflow = (Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, path + " scrolls sideways on a phone by " + overflow + " px");
                for (String landmark : List.of("header", "main", "footer")) {
                    assertEquals(1, browser.findElements(By.tagName(landmark)).size(), landmark + " on " + path);
                }
                assertEquals(path.matches("/web/g/\\d+.*") && !path.endsWith("/999") ? 1 : 0, browser.findElements(By.tagName("nav")).size(),
                        "a group's pages have its navigation: " + path);
                assertEquals(1, browser.findElements(By.tagName("h1")).size(), path);
                assertEquals(List.of(), js.executeScript(UNLABELLED), "every control has a name: " + path);
                assertEquals(List.of(), js.executeScript(CONTRAST), "contrast of at least 4.5:1 on " + path);
            }
            // the checks themselves catch what they look for
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
            js.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                    + " '<p style=\"color:#aaa\">svag text</p><input id=\"x\"><div style=\"width:900px\">bred</div>')");
            assertEquals(List.of("P \"svag text\" 2.32"), js.executeScript(CONTRAST));
            assertEquals(1, ((List<?>) js.executeScript(UNLABELLED)).size());
            assertTrue((Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;") > 0);
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void everyPageIsValidHtmlByTheW3cChecker() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(link(amina))).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        long group = DbSnapshot.count(folder.resolve("s.db"), "SELECT id FROM chat_group WHERE name = 'Strategisk grupp integration'");
        long meeting = DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM meeting WHERE group_id = " + group);
        long decision = DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM decision WHERE group_id = " + group);
        Path pages = Files.createDirectories(Path.of("target", "html"));
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        paths.put("home", "/web");
        paths.put("group", "/web/g/" + group);
        paths.put("meeting", "/web/g/" + group + "/m/" + meeting);
        paths.put("register", "/web/g/" + group + "/beslut");
        paths.put("register-search", "/web/g/" + group + "/beslut?q=migration&ar=2026&org=Hylte");
        paths.put("decision", "/web/g/" + group + "/beslut/" + decision);
        paths.put("board", "/web/g/" + group + "/atgarder?klar=1");
        paths.put("report", "/web/g/" + group + "/arsrapport/2026");
        paths.put("not-found", "/web/g/999");
        paths.put("bad-link", "/web/login?t=nope");
        List<String> files = new java.util.ArrayList<>();
        for (Map.Entry<String, String> page : paths.entrySet()) {
            HttpResponse<String> got = client.send(HttpRequest.newBuilder(URI.create(base + page.getValue())).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(got.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.getKey());
            Path file = pages.resolve(page.getKey() + ".html");
            Files.writeString(file, got.body());
            files.add(file.toString());
        }
        // the checker in its own JVM: the test class path without Javalin's Jetty, plus the Jetty 9 it was built against
        List<String> classPath = new java.util.ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!Path.of(entry).getFileName().toString().startsWith("jetty-")) classPath.add(entry);
        }
        try (var jars = Files.list(Path.of("target", "html-checker"))) {
            jars.forEach(jar -> classPath.add(jar.toString()));
        }
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(java.io.File.pathSeparator, classPath), "nu.validator.client.SimpleCommandLineValidator", "--errors-only"));
        command.addAll(files);
        JarProcess.Result checked = JarProcess.run(command, Map.of(), "", Path.of("."));
        String report = (checked.out() + checked.err()).lines().filter(l -> !l.startsWith("SLF4J") && !l.startsWith("log4j:") && !l.matches("\\[main\\] (INFO|DEBUG) .*"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertEquals("", report, "the W3C checker's errors");
        assertEquals(0, checked.exitCode(), report);
    }

    /** Presses a link or a form's button and waits until the page it leads to (after any redirect) has loaded. */
    static void submit(WebElement button) {
        button.click();
        waitFor(d -> leftThePage(button));
    }

    /**
     * Whether the element is no longer in the page: stale, or — as Chromium 156 answers while the next page replaces the
     * document — "Node with given id does not belong to the document" (Selenium's stalenessOf lets that one through).
     */
    static boolean leftThePage(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) return true;
            throw e;
        }
    }

    static void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The group id of the page the browser is on (from a nav link). */
    static long groupId() {
        String href = browser.findElement(By.linkText("Översikt")).getAttribute("href");
        return Long.parseLong(href.replaceAll(".*/web/g/(\\d+).*", "$1"));
    }
}
