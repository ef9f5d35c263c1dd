package se.samverka.app;

import org.junit.jupiter.api.BeforeEach;

/** The web page tests' group: Amina's, with Sara, a meeting, an agenda item, a decision and an action item. */
abstract class WebPagesFixture extends WebServerFixture {
    @BeforeEach
    void records() {
        ok(amina, "medlem Sara Ek, Hylte");
        ok(amina, "möte 24 november 13-16 Falkenberg");
        ok(amina, "punkt Migration och arbetsmarknad");
        ok(amina, "beslut Vi bjuder in Migrationsverket till nästa möte.");
        ok(amina, "åtgärd Sara skickar ut inbjudan senast 20 november");
    }
}
