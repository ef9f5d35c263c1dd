package se.samverka.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;

class WebLinksTest {
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    final WebLinks links = new WebLinks(KEY);
    final WebLinks.Claims claims = new WebLinks.Claims("slack", "T1", "U0TOR", "Tor Jacobsen | Falkenberg", Lang.EN,
            List.of(new GroupScope(1, 4), new GroupScope(1, 9)), NOW.plusSeconds(3600));

    @Test
    void aLinkCarriesWhoAndWhichGroupsUntilItExpires() {
        String token = links.sign(claims);
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "URL-safe: " + token);
        assertEquals(Optional.of(claims), links.verify(token, NOW));
        assertEquals(Optional.of(claims), links.verify(token, NOW.plusSeconds(3599)));
        assertEquals(Optional.empty(), links.verify(token, NOW.plusSeconds(3600)), "expired");
        assertTrue(claims.maySee(new GroupScope(1, 9)));
        assertTrue(!claims.maySee(new GroupScope(1, 5)));
    }

    @Test
    void anAlteredOrForeignLinkIsRefused() {
        String token = links.sign(claims);
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String widened = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("1:9", "1:5").getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        assertEquals(Optional.empty(), links.verify(widened, NOW), "another group, same signature");
        assertEquals(Optional.empty(), links.verify(token.substring(0, token.length() - 2) + "AA", NOW), "signature changed");
        assertEquals(Optional.empty(), new WebLinks("another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8)).verify(token, NOW));
        for (String junk : new String[] {"", ".", "abc", "a.b.c", "!!!.???", token + "x"}) {
            assertEquals(Optional.empty(), links.verify(junk, NOW), junk);
        }
        assertEquals(Optional.empty(), links.verify(null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new WebLinks(new byte[8]), "a short key is refused");
    }
}
