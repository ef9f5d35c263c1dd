package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.Archive;

/** sök finds parts of compound words and laget runt reports; short words still match a word's start. */
class SearchTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "medlem Ibrahim Baalbaki, Hylte");
        bot.ok(amina, "möte 2 november 13-16 Laholm");
        bot.now("2026-11-02T14:00");
        bot.ok(amina, "åtgärd Amina förbereder ett förslag om Jämställdhetskonferensen tillsammans med Länsstyrelsen");
        bot.ok(amina, "beslut Ingen konferens på temat är aktuell i nuläget.");
        bot.ok(amina, "beslut Vi träffar AF i mars.");
        bot.ok(amina, "laget runt Tor: Traumadagarna i Stockholm; Växjökonferensen");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aWordInsideACompoundWordIsFoundAndWholeWordsComeFirst() {
        String hits = bot.ok(amina, "sök konferens");
        assertTrue(hits.contains("Åtgärd #1 (2026-11-02): förbereder ett förslag om Jämställdhetskonferensen"), hits);
        assertTrue(hits.indexOf("Beslut D1 (2026-11-02): Ingen konferens") < hits.indexOf("Åtgärd #1"),
                "the text where konferens is a word of its own ranks first: " + hits);
        assertTrue(bot.ok(amina, "sök jämställdhet").contains("Åtgärd #1"), "the start of a compound word");
        assertTrue(bot.ok(amina, "sök JAMSTALLDHETSKONF").contains("Åtgärd #1"), "any case, with or without å, ä, ö");
        assertTrue(bot.ok(amina, "sök konferens länsstyrelsen").contains("Åtgärd #1"), "every word");
        assertTrue(bot.ok(amina, "sök konferens Malmö").contains("Inga träffar."), "every word, not any");
    }

    @Test
    void lagetRuntReportsAreFoundWithTheMemberAndTheMeeting() {
        String hits = bot.ok(amina, "sök växjö");
        assertTrue(hits.contains("Laget runt (2026-11-02), Tor Jacobsen: Traumadagarna i Stockholm; Växjökonferensen"), hits);
        assertTrue(hits.endsWith("1 träff."), hits);
        String english = bot.ok(amina, "search trauma");
        assertTrue(english.contains("Round table (2026-11-02), Tor Jacobsen: Traumadagarna"), english);
        assertTrue(english.endsWith("1 result."), english);
    }

    @Test
    void aWordShorterThanThreeLettersMatchesTheStartOfAWord() {
        String hits = bot.ok(amina, "sök af");
        assertTrue(hits.contains("Beslut D2 (2026-11-02): Vi träffar AF i mars."), hits);
        assertFalse(hits.contains("Åtgärd #1"), "not inside a word (Länsstyrelsen has no word starting with af): " + hits);
        assertTrue(bot.ok(amina, "sök af mars").contains("Beslut D2"), "a short word with a long one");
        assertTrue(bot.ok(amina, "sök af konferens").contains("Inga träffar."));
        String one = bot.ok(amina, "sök i");
        assertTrue(one.contains("Beslut D1") && one.contains("Beslut D2") && one.contains("Laget runt"), one);
        assertTrue(one.endsWith("\n3 träffar.") && !one.contains("Åtgärd #1"), "one letter: a word starting with i: " + one);
    }

    @Test
    void aFileFromBeforeTheTrigramIndexIsFilledWhenOpened() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.postgres(), "the upgrade of an old SQLite file");
        bot.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + bot.file.toAbsolutePath());
             java.sql.Statement st = c.createStatement()) {
            // the file as version 15 left it: no trigram index, no laget runt in the word index, no V16 triggers
            st.execute("DROP TABLE record_change"); // V18 and its triggers and columns: applied again after V17
            for (String table : List.of("decision", "action_item", "agenda_item", "round_table_entry")) {
                for (String trigger : List.of("search_removed", "search_restored")) {
                    String kind = switch (table) {
                        case "action_item" -> "action";
                        case "agenda_item" -> "agenda";
                        case "round_table_entry" -> "round";
                        default -> table;
                    };
                    st.execute("DROP TRIGGER " + kind + "_" + trigger);
                }
                st.execute("ALTER TABLE " + table + " DROP COLUMN removed_at");
                st.execute("ALTER TABLE " + table + " DROP COLUMN removed_by");
            }
            st.execute("DROP TABLE search_trigram");
            for (String trigger : List.of("round_search_insert", "round_search_update", "decision_trigram_insert",
                    "decision_trigram_update", "action_trigram_insert", "action_trigram_update", "agenda_trigram_insert",
                    "agenda_trigram_update")) {
                st.execute("DROP TRIGGER " + trigger);
            }
            st.execute("DELETE FROM search_text WHERE kind = 'round'");
            st.execute("DROP TABLE meeting_note"); // V17 and its triggers: applied again after V16
            for (String table : List.of("agenda_number", "agenda_section", "agenda_sent", "agenda_item_detail")) {
                st.execute("DROP TABLE " + table); // V19: applied again after V17
            }
            st.execute("DROP TABLE calendar_claim"); // V27: applied again after V26
            st.execute("DROP INDEX inbox_claims"); // V26: applied again after V25
            st.execute("ALTER TABLE inbox DROP COLUMN claimed_by");
            st.execute("ALTER TABLE inbox DROP COLUMN claimed_at");
            for (String table : List.of("web_draft", "web_link_use", "minutes_comment")) {
                st.execute("DROP TABLE " + table); // V25: applied again after V24
            }
            st.execute("DROP TABLE minutes_archive"); // V24: applied again after V21
            for (String table : List.of("minutes_approval", "minutes_version", "minutes_adjuster")) {
                st.execute("DROP TABLE " + table); // V21: applied again after V20
            }
            st.execute("DROP INDEX decision_paragraph");
            for (String column : List.of("approved_at", "paragraph", "paragraph_year")) {
                st.execute("ALTER TABLE decision DROP COLUMN " + column);
            }
            st.execute("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) >= 16");
        }
        bot = new TestBot(folder);
        bot.now("2026-11-02T14:00");
        assertTrue(bot.ok(amina, "sök konferens").contains("Jämställdhetskonferensen"));
        assertTrue(bot.ok(amina, "sök växjö").contains("Laget runt (2026-11-02), Tor Jacobsen"));
        bot.ok(amina, "laget runt Ibrahim: Beroendedagarna");
        assertTrue(bot.ok(amina, "sök beroende").contains("Ibrahim Baalbaki: Beroendedagarna"), "and kept current after");
    }

    @Test
    void theDecisionRegisterSearchesTheSameWay() {
        SqliteArchive archive = SqliteArchive.on(bot.db);
        GroupScope scope = bot.db.inTransaction(() -> bot.store.groups().boundTo(
                bot.store.groups().workspace("test", "T1"), "C1").orElseThrow().scope());
        List<Integer> numbers = bot.db.inTransaction(() -> archive.decisions(scope, new Archive.DecisionFilter(
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), List.of("ferens")), 10)
                .stream().map(Archive.DecisionRow::number).toList());
        assertEquals(List.of(1), numbers);
        List<Integer> short_ = bot.db.inTransaction(() -> archive.decisions(scope, new Archive.DecisionFilter(
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), List.of("Vi", "mars")), 10)
                .stream().map(Archive.DecisionRow::number).toList());
        assertEquals(List.of(2), short_);
    }
}
