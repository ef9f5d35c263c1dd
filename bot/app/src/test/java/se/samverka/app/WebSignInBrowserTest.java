package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing in, in a real headless Chromium: a member follows the link from {@code webb} and browses group → meeting →
 * decision; an altered link is refused; one group's session never sees another group's pages.
 */
class WebSignInBrowserTest extends WebBrowserFixture {
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
    void anAlteredLinkIsRefusedAndOpensNothing() {
        String link = link(amina);
        // one character of the signature changed (not the last: its low bits are padding in base64)
        int at = link.length() - 3;
        String altered = link.substring(0, at) + (link.charAt(at) == 'A' ? 'B' : 'A') + link.substring(at + 1);
        assertFalse(altered.equals(link));
        browser.get(altered);
        assertEquals("Länken fungerar inte", h1());
        assertEquals(null, browser.manage().getCookieNamed("samverka_session"), "no session");
        browser.get(base + "/web/g/" + group("Strategisk grupp integration"));
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
}
