package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page for everyone, in a real headless Chromium: the skip link first for the keyboard, the language switch,
 * a phone's width without sideways scrolling, landmarks, a name on every control, text contrast of at least 4.5:1,
 * and valid HTML by the W3C checker.
 */
class WebAccessibilityBrowserTest extends WebBrowserFixture {
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
        long meeting = DbSnapshot.count(db(), "SELECT MIN(id) FROM meeting WHERE group_id = " + group);
        long decision = DbSnapshot.count(db(), "SELECT MIN(id) FROM decision WHERE group_id = " + group);
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/web", "/web/g/" + group, "/web/g/" + group + "/m/" + meeting, "/web/g/" + group + "/beslut",
                    "/web/g/" + group + "/beslut/" + decision, "/web/g/" + group + "/atgarder", "/web/g/" + group + "/arsrapport/2026",
                    "/web/g/999")) {
                browser.get(base + path);
                JavascriptExecutor js = (JavascriptExecutor) browser;
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
            JavascriptExecutor js = (JavascriptExecutor) browser;
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
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(link(amina))).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        long group = group("Strategisk grupp integration");
        long meeting = DbSnapshot.count(db(), "SELECT MIN(id) FROM meeting WHERE group_id = " + group);
        long decision = DbSnapshot.count(db(), "SELECT MIN(id) FROM decision WHERE group_id = " + group);
        Path pages = Files.createDirectories(Path.of("target", "html"));
        Map<String, String> paths = new LinkedHashMap<>();
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
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> page : paths.entrySet()) {
            HttpResponse<String> got = client.send(HttpRequest.newBuilder(URI.create(base + page.getValue())).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(got.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.getKey());
            Path file = pages.resolve(page.getKey() + ".html");
            Files.writeString(file, got.body());
            files.add(file.toString());
        }
        // the checker in its own JVM: the test class path without Javalin's Jetty, plus the Jetty 9 it was built against
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Path.of(entry).getFileName().toString().startsWith("jetty-")) classPath.add(entry);
        }
        try (var jars = Files.list(Path.of("target", "html-checker"))) {
            jars.forEach(jar -> classPath.add(jar.toString()));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), "nu.validator.client.SimpleCommandLineValidator", "--errors-only"));
        command.addAll(files);
        JarProcess.Result checked = JarProcess.run(command, Map.of(), "", Path.of("."));
        String report = (checked.out() + checked.err()).lines().filter(l -> !l.startsWith("SLF4J") && !l.startsWith("log4j:") && !l.matches("\\[main\\] (INFO|DEBUG) .*"))
                .collect(Collectors.joining("\n"));
        assertEquals("", report, "the W3C checker's errors");
        assertEquals(0, checked.exitCode(), report);
    }
}
