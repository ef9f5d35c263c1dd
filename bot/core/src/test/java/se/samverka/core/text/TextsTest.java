package se.samverka.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Lang;

class TextsTest {
    static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/se/samverka/core/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(bundle("sv").stringPropertyNames(), bundle("en").stringPropertyNames());
    }

    @Test
    void everyCommandHasUsageDescriptionAndExampleInBothLanguages() {
        for (Lang lang : Lang.values()) {
            for (Verb verb : Verb.values()) {
                for (String part : new String[] {".usage", ".desc", ".example"}) {
                    assertTrue(Texts.of(lang).has(verb.key() + part), lang + " " + verb.key() + part);
                }
            }
        }
    }

    @Test
    void placeholdersAreReplacedLiterally() {
        assertEquals("Beslut D3: Bjuda in AF {x}", Texts.of(Lang.SV).get("decision.recorded", 3, "Bjuda in AF {x}"));
        assertEquals("Decision D3: it's {0}", Texts.of(Lang.EN).get("decision.recorded", 3, "it's {0}"));
    }

    @Test
    void datesAreWrittenInTheUsersLanguage() {
        LocalDate date = LocalDate.of(2026, 10, 20);
        assertEquals("tisdag 20 oktober 2026", Texts.of(Lang.SV).longDate(date));
        assertEquals("Tuesday 20 October 2026", Texts.of(Lang.EN).longDate(date));
    }
}
