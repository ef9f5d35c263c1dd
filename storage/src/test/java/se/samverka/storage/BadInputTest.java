package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverka.core.chat.Reply;
import se.samverka.core.port.AuditLog;
import se.samverka.core.port.Store;

/**
 * Every command given wrongly: the reply says what was wrong (in the user's language) and nothing in the
 * database changes — every table is compared row by row before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User ibrahim = TestBot.user("Ibrahim Baalbaki");

    @BeforeAll
    void group(@TempDir Path folder) {
        bot = new TestBot(folder);
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        bot.ok(amina, "medlem Ibrahim Baalbaki, Hylte");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "medlem Annika Vannerberg, Halmstad");
        bot.ok(amina, "möte 2 november 13-16 Laholm");
        bot.ok(amina, "möte 20 november 9-12 Hylte");
        bot.ok(amina, "stående punkt Erfarenhetsutbyte");
        bot.ok(amina, "punkt Inledning till 2 november");
        bot.ok(amina, "åtgärd Ibrahim mailar ut syftet");
    }

    @AfterAll
    void close() {
        bot.close();
    }

    static Stream<Arguments> badCommands() {
        return Stream.of(
                bad("grupp skapa", "går inte att använda"),
                bad("grupp skapa X", "Gruppnamnet \"X\" går inte att använda"),
                bad("grupp skapa Ny grupp", "redan kopplad till gruppen \"Strategisk grupp integration\""),
                bad("grupp koppla Finns Inte", "Det finns ingen grupp som heter \"Finns Inte\""),
                bad("medlem", "Ange vem som ska läggas till"),
                bad("medlem importera", "Ange vilken Microsoft 365-grupp eller vilket team"),
                bad("medlem importera Strategisk grupp", "Import kräver Microsoft Graph, som inte är inställt här"),
                bad("member import Strategic group", "Import needs Microsoft Graph, which is not set up here"),
                bad("medlem Tor Jacobsen, tor@x", "\"tor@x\" ser inte ut som en e-postadress"),
                bad("medlem Kalle Anka, Ankeborg, amina@example.se", "amina@example.se används redan av Amina Boulaabi"),
                bad("medlem Kalle, Ankeborg, Andeby, Hylte", "Jag vet inte vad alla delar är"),
                bad("medlem 12345", "går inte att använda som namn"),
                bad("medlem ta bort", "Ange vem som ska tas bort"),
                bad("medlem ta bort Kalle", "Jag hittar ingen \"Kalle\" i medlemslistan"),
                bad("möte", "Ange när mötet är"),
                bad("möte Halmstad", "jag hittar inget datum i \"Halmstad\""),
                bad("möte 31/2 9-12", "\"31/2\" är inget giltigt datum"),
                bad("möte 2020-01-01 9-12 Hylte", "har redan varit"),
                bad("möte 20 november 12-9", "slutar mötet innan det börjar"),
                bad("möte 20 november kl 25", "\"kl 25\" är ingen giltig tid"),
                bad("möte 20 november 9-12 Hylte", "Det finns redan ett möte"),
                bad("möte vecka 54", "Veckan i \"vecka 54\" finns inte"),
                bad("möten gamla", "Skriv bara möten, eller möten alla"),
                bad("flytta", "Ange vilket möte som ska flyttas"),
                bad("flytta 21 november till 22/11", "Det finns inget möte lördag 21 november 2026"),
                bad("flytta 20 november", "Ange en ny tid"),
                bad("flytta 20 november till någon gång", "jag förstår inte \"någon gång\""),
                bad("flytta 20 november till 2020-01-01", "har redan varit"),
                bad("flytta 20 november till 20 november 9-12", "Mötet är redan"),
                bad("ställ in", "Ange vilket möte som ska ställas in"),
                bad("ställ in 21 november", "Det finns inget möte"),
                bad("ställ in nästa vecka", "Jag förstår inte vilket möte"),
                bad("punkt", "Skriv vad punkten gäller"),
                bad("punkt x", "Skriv vad punkten gäller"),
                bad("punkt " + "a".repeat(600), "Texten är för lång: högst 500 tecken (den har 600)"),
                bad("punkt Inledning till 2 november", "\"Inledning\" finns redan på dagordningen"),
                bad("stående punkt", "Skriv vad punkten gäller"),
                bad("stående punkt Erfarenhetsutbyte", "finns redan"),
                bad("stående punkt ta bort 7", "Jag hittar ingen stående punkt \"7\". Stående punkter: 1. Erfarenhetsutbyte"),
                bad("dagordning 21 november", "Det finns inget möte"),
                bad("dagordning blabla", "Jag förstår inte vilket möte \"blabla\" är"),
                bad("beslut", "Skriv vad som beslutades"),
                bad("beslut punkt 9: Något", "Det finns ingen punkt 9 på dagordningen (den har 2 punkter)"),
                bad("beslut 21 november punkt 1: Något", "Det finns inget möte lördag 21 november 2026"),
                bad("beslut 20 november punkt 1: Något", "har inte hållits än"),
                bad("anteckning", "Skriv vad som sades under punkten"),
                bad("anteckning punkt 2:", "Skriv vad som sades under punkten"),
                bad("anteckning punkt", "\"punkt\" ser ut som ett kommando, inte som en anteckning"),
                bad("anteckning ta bort 7", "Det finns ingen anteckning 7"),
                bad("anteckning punkt 9: Något", "Det finns ingen punkt 9 på dagordningen (den har 2 punkter)"),
                bad("anteckning 21 november punkt 1: Något", "Det finns inget möte lördag 21 november 2026"),
                bad("anteckning 20 november punkt 1: Något", "har inte hållits än"),
                bad("anteckning 31/2: Något", "\"31/2\" är inget giltigt datum"),
                bad("anteckning 99", "Det finns ingen anteckning 99"),
                bad("note", "Write what was said under the item"),
                bad("note item 9: Something", "There is no item 9 on the agenda (it has 2 items)"),
                bad("åtgärd", "Ange vem som ska göra vad"),
                bad("åtgärd Kalle fixar kaffe", "Jag hittar ingen \"Kalle\" i medlemslistan. Medlemmar: Amina, Ibrahim, Tor, Annika"),
                bad("åtgärd Ibrahm mailar", "Jag hittar ingen \"Ibrahm\" i medlemslistan. Menade du Ibrahim Baalbaki?"),
                bad("åtgärd Ibrahim", "Skriv vad som ska göras"),
                bad("åtgärd Tor och Kalle fixar", "Jag hittar ingen \"Kalle\""),
                bad("åtgärd Ibrahim mailar senast 2020-01-01", "Sista dagen onsdag 1 januari 2020 har redan passerat"),
                bad("åtgärder Kalle", "Jag hittar ingen \"Kalle\""),
                bad("klar", "Ange numret på åtgärden"),
                bad("klar abc", "\"abc\" är inget åtgärdsnummer"),
                bad("klar 99", "Det finns ingen åtgärd #99"),
                bad("klar 1, 99", "Det finns ingen åtgärd #99"),
                bad("pågår", "Ange numret på åtgärden, t.ex. pågår 3"),
                bad("pågår tre", "\"tre\" är inget åtgärdsnummer"),
                bad("pågår 99", "Det finns ingen åtgärd #99"),
                bad("flytta till nästa möte", "Ange numret på åtgärden, t.ex. flytta till nästa möte 3"),
                bad("flytta till nästa möte 1, 99", "Det finns ingen åtgärd #99"),
                bad("postpone", "Give the item's number, e.g. postpone 3"),
                bad("förhinder 21 november", "Det finns inget möte"),
                bad("förhinder för Kalle", "Jag hittar ingen \"Kalle\""),
                bad("närvarande Kalle", "Jag hittar ingen \"Kalle\""),
                bad("närvarande Lena Svensson", "Är det en gäst? Då lägger du till hen så här:\ngäst Lena Svensson, <organisation>"),
                bad("present Lena Svensson", "A guest? Then add them like this:\nguest Lena Svensson, <organisation>"),
                bad("gäst", "Skriv gästens namn och organisation."),
                bad("gäst , Länsstyrelsen", "Skriv gästens namn och organisation."),
                bad("gäst Tor Jacobsen, Falkenberg", "Falkenberg: Tor Jacobsen är redan medlem i gruppen."),
                bad("gäst Tor, Falkenberg", "Falkenberg: Tor Jacobsen är redan medlem i gruppen."),
                bad("gäst 20 november", "Skriv gästens namn och organisation."),
                bad("gäst Lena Svensson, Arbetsförmedlingen 21 november", "Det finns inget möte lördag 21 november 2026"),
                bad("gäst Lena Svensson, Arbetsförmedlingen 31 februari", "\"31 februari\" är inget giltigt datum"),
                bad("gäst Lena Svensson, <organisation>", "Skriv Lena Svenssons organisation i stället för <organisation>."),
                bad("gäst " + "Lena ".repeat(30), "Ett namn får vara högst 100 tecken."),
                bad("guest", "Write the guest's name and organisation."),
                bad("guest Tor Jacobsen, Falkenberg", "Falkenberg: Tor Jacobsen is already a member of the group."),
                bad("guest Lena Svensson, AF 21 November", "There is no meeting on Saturday 21 November 2026"),
                bad("åtgärd Migrationsverket ringer", "Jag hittar ingen \"Migrationsverket\" i medlemslistan. Medlemmar: Amina, Ibrahim,"
                        + " Tor, Annika. Organisationer: Region Halland, Hylte, Falkenberg, Halmstad, alla kommuner, alla."),
                bad("åtgärd Hylt ringer", "Jag hittar ingen \"Hylt\" i medlemslistan eller bland organisationerna. Menade du Hylte?"),
                bad("action Migrationsverket calls", "Organisations: Region Halland, Hylte, Falkenberg, Halmstad, all municipalities, everyone."),
                bad("närvaro 21 november", "Det finns inget möte"),
                bad("vid tangenterna Kalle", "Jag hittar ingen \"Kalle\""),
                bad("vid tangenterna Tor och Ibrahim", "Ange en person vid tangenterna"),
                bad("laget runt x", "Skriv din rapport"),
                bad("protokoll 21 november", "Det finns inget möte"),
                bad("sök", "Skriv vad du söker efter"),
                bad("sök !!!", "Skriv vad du söker efter"),
                bad("hjälp blaha", "Det finns inget kommando \"blaha\""),
                bad("blaha", "Jag förstod inte \"blaha\""),
                bad("dagordnig", "Menade du \"dagordning\"?"),
                bad("meeting tomorrow 25-26", "\"25-26\" is not a valid time"),
                bad("done abc", "\"abc\" is not an action item number"),
                bad("action Kalle does it", "I can't find \"Kalle\" on the roster"),
                bad("x".repeat(5000), "Kommandot är för långt"),
                bad("möte " + "ö".repeat(100_000), "Kommandot är för långt (högst 4"),
                bad("medlem " + "ö ".repeat(50_000), "Kommandot är för långt (högst 4"),
                bad("action " + "<@U1|ö".repeat(100_000 / 6), "The command is too long (at most 4"));
    }

    static Arguments bad(String command, String expected) {
        return Arguments.of(command, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommands")
    void aBadCommandIsExplainedAndChangesNothing(String command, String expected) {
        bot.now("2026-11-02T14:00");
        String before = bot.snapshot();
        Reply reply = bot.say(amina, command);
        String text = TestBot.text(reply);
        assertTrue(reply.rejected(), "refused: " + command);
        assertTrue(text.contains(expected), "reply to \"" + command + "\" was:\n" + text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), "no stack trace reaches the user");
        assertEquals(before, bot.snapshot(), "the database changed for: " + command);
    }

    /** Every command that takes a date, with the date written as {@code %s}. */
    static final List<String> DATE_COMMANDS = List.of(
            "möte %s 9-12 Hylte", "flytta %s till 25 november", "flytta 20 november till %s", "ställ in %s",
            "dagordning %s", "punkt Budget till %s", "förhinder %s", "närvarande %s Tor", "närvaro %s",
            "vid tangenterna %s Tor", "laget runt %s", "protokoll %s", "åtgärd Ibrahim mailar senast %s",
            "mötesserie varannan vecka från %s", "mötesserie varannan vecka till %s", "föreslå möte %s",
            "meeting %s 9-12", "move 20 November to %s", "cancel %s", "agenda %s", "absent %s", "minutes %s",
            "action Ibrahim mails by %s", "suggest meeting %s",
            // a named meeting for a decision or a note (since anteckning/note)
            "beslut %s: Vi bjuder in AF.", "beslut %s punkt 1: Vi bjuder in AF.", "anteckning %s punkt 1: Fbg: 3 personer.",
            "decision %s: We invite AF.", "note %s item 1: Fbg: 3 people.");

    static Stream<Arguments> impossibleDates() {
        return Stream.of("den 0", "the 0th", "den 32", "31 februari", "32 maj", "0 maj", "29/2/2027", "2027-02-29")
                .flatMap(date -> DATE_COMMANDS.stream().map(c -> Arguments.of(c.formatted(date), date)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossibleDates")
    void everyCommandThatTakesADateRefusesAnImpossibleDay(String command, String date) {
        bot.now("2026-11-02T14:00");
        String before = bot.snapshot();
        Reply reply = bot.say(amina, command);
        String text = TestBot.text(reply);
        assertTrue(reply.rejected(), "refused: " + command + "\n" + text);
        assertTrue(text.contains("\"" + date + "\" är inget giltigt datum") || text.contains("\"" + date + "\" is not a valid date"),
                "reply to \"" + command + "\" was:\n" + text);
        assertEquals(before, bot.snapshot(), "the database changed for: " + command);
    }

    @Test
    void aBadCommandShowsTheRightForm() {
        String text = bot.refused(amina, "möte Halmstad");
        assertTrue(text.contains("Så här skriver du: möte <datum> [<tid>] [<plats>] [(<värd>)] — till exempel: möte 20 oktober 9-12 Halmstad (Länsstyrelsen)"), text);
        String english = bot.refused(amina, "meeting Halmstad");
        assertTrue(english.contains("Write it like this: meeting <date>"), english);
    }

    @Test
    void aNonMembersChangesAreRefusedAndChangeNothing() {
        TestBot.User stranger = TestBot.user("Sven Främling");
        for (String command : List.of("beslut Vi ses", "åtgärd Tor fixar", "punkt Ny punkt", "klar 1", "förhinder",
                "laget runt Hej", "möte 25 november", "anteckning Hej hej")) {
            String before = bot.snapshot();
            String text = bot.refused(stranger, command);
            assertTrue(text.contains("du finns inte i gruppens medlemslista"), command + ": " + text);
            assertEquals(before, bot.snapshot(), command);
        }
    }

    @Test
    void aFailureInsideACommandRollsBackWhatItWroteAndHidesTheDetails(@TempDir Path other) {
        AuditLog failing = (group, actor, action, detail, at) -> {
            throw new IllegalStateException("disk on fire");
        };
        try (TestBot broken = new TestBot(other, store -> new Store(store.transactions(), store.groups(),
                store.members(), store.meetings(), store.agenda(), store.decisions(), store.actions(),
                store.attendance(), store.roundTable(), store.search(), failing, store.deliveries(), store.calendarEvents(),
                store.conversations(), store.imports(), store.series(),
                store.invitations(), store.settings(), store.outbox(), store.notes(), store.changes(), store.justering()))) {
            String before = broken.snapshot();
            Reply reply = broken.say(amina, "grupp skapa Strategisk grupp integration");
            String text = TestBot.text(reply);
            assertTrue(reply.rejected());
            assertTrue(text.startsWith("Något gick fel hos mig, och inget har sparats."), text);
            assertTrue(text.matches("(?s).*fel-id [0-9a-f]{8}.*"), text);
            assertFalse(text.contains("disk on fire"), text);
            assertEquals(before, broken.snapshot(), "the group insert was rolled back");
            assertEquals(Optional.empty(), broken.db.inTransaction(() -> broken.store.groups().byName(
                    broken.store.groups().workspace("test", "T1"), "Strategisk grupp integration")));
        }
    }
}
