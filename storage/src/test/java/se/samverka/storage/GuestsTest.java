package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;

/**
 * gäst (a guest at one meeting) and organisations as owners of action items, through the engine on a real SQLite
 * file. Today is Monday 2 November 2026, with a meeting 13–16; the next is on 20 November.
 */
class GuestsTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");
    final TestBot.User lovisa = TestBot.user("Lovisa Ljungberg");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "medlem Lovisa Ljungberg, Länsstyrelsen");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
        bot.ok(amina, "möte 20 november 9-12 Hylte");
        bot.now("2026-11-02T14:00");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aGuestIsAtTodaysMeetingOnlyListedWithTheirOrganisationAndMayOwnItsActionItems() {
        String added = bot.ok(tor, "gäst Lena Svensson, Arbetsförmedlingen");
        assertTrue(added.startsWith("Arbetsförmedlingen: Lena Svensson är gäst på mötet måndag 2 november 2026"), added);
        String action = bot.ok(amina, "åtgärd Lena ringer om praktikplatser senast 20 november");
        assertTrue(action.contains("ansvarig: Lena Svensson"), action);
        String today = bot.ok(amina, "protokoll idag");
        assertTrue(today.contains("- Arbetsförmedlingen: Lena Svensson (gäst)\n"), today);
        assertTrue(today.contains("- Åtgärd: Lena Svensson ringer om praktikplatser (senast 2026-11-20)"), today);
        assertFalse(today.contains("[#"), "no internal numbers in the minutes: " + today);
        String next = bot.ok(amina, "protokoll 20 november");
        assertFalse(next.contains("Lena Svensson (gäst)"), "a guest of one meeting only: " + next);
        assertTrue(next.contains("- Lena Svensson ringer om praktikplatser (senast 2026-11-20) — öppen"),
                "her item is followed up at the next meeting: " + next);
        assertFalse(bot.ok(amina, "medlemmar").contains("Lena"), "a guest is not on the roster");
        bot.now("2026-11-12T10:00");
        assertTrue(bot.refused(amina, "åtgärd Lena ringer igen").contains("Jag hittar ingen \"Lena\""),
                "no other meeting has her as a guest");
    }

    @Test
    void aGuestOfANamedMeetingAndTheGuestsAmongThoseRecordedPresent() {
        bot.ok(amina, "guest Kim Ek, Polisen 20 November");
        bot.ok(amina, "närvarande Tor");
        bot.ok(amina, "gäst Lena Svensson, Arbetsförmedlingen");
        String today = bot.ok(amina, "protokoll idag");
        assertTrue(today.contains("Deltagare:\n\n- Arbetsförmedlingen: Lena Svensson (gäst)\n- Falkenberg: Tor Jacobsen\n\n"), today);
        assertFalse(today.contains("Kim Ek"), today);
        assertTrue(bot.ok(amina, "protokoll 20 november").contains("- Polisen: Kim Ek (gäst)"));
        bot.ok(amina, "gäst Kim Ek, Polisen 20 november");
        assertEquals(2, bot.count("meeting_guest"), "the same guest again is one row");
        assertEquals(2, bot.count("member WHERE guest = 1"), "and one person");
        bot.now("2026-11-12T10:00");
        bot.ok(amina, "åtgärd Kim tar med statistik");
        assertTrue(bot.ok(amina, "protokoll 20 november").contains("- Åtgärd: Kim Ek tar med statistik"),
                "an item of a guest, recorded before the meeting, is in that meeting's minutes");
                String noOrganisation = bot.ok(amina, "gäst Sam Berg 20 november");
        assertTrue(noOrganisation.startsWith("Sam Berg är gäst på mötet fredag 20 november 2026"), noOrganisation);
    }

    @Test
    void theMinutesDateIsTheSeedsAndWrittenOutOnRequest() {
        assertTrue(bot.ok(amina, "protokoll idag").contains("\n\n2026-11-02\n\nTid: 13.00-16.00\n"));
        assertTrue(bot.ok(amina, "protokoll idag lång").contains("\n\n2 november 2026\n\nTid: 13.00-16.00\n"));
        assertTrue(bot.ok(amina, "minutes 20 November long").contains("\n\n20 November 2026\n\nTime: "));
        assertTrue(bot.ok(amina, "protokoll 20 november iso").contains("\n\n2026-11-20\n\n"));
        String help = bot.ok(amina, "hjälp gäst");
        assertTrue(help.contains("gäst <namn>, <organisation> [<möte>]") && help.contains("gäst Lena Svensson, Arbetsförmedlingen 18 september"), help);
        assertTrue(bot.ok(amina, "help guest").contains("guest <name>, <organisation> [<meeting>]"));
    }

    @Test
    void aGuestIsKnownToPresentAndShownByAttendance() {
        bot.ok(amina, "gäst Lena Svensson, Arbetsförmedlingen");
        assertTrue(bot.ok(amina, "närvarande Tor och Lena").startsWith("Närvarande noterat för Tor Jacobsen, Lena Svensson"));
        String attendance = bot.ok(amina, "närvaro");
        assertTrue(attendance.contains("Arbetsförmedlingen: Lena Svensson (gäst)"), attendance);
        assertTrue(bot.refused(amina, "förhinder för Lena").contains("Jag hittar ingen \"Lena\""),
                "apologies are the roster's: a guest who does not come is simply not added");
    }

    @Test
    void presentWithAnUnknownNameOffersTheGuestCommandAndChangesNothing() {
        String before = bot.snapshot();
        Reply reply = bot.say(amina, "närvarande Tor och Lena Svensson");
        assertTrue(reply.rejected());
        assertFalse(reply.shared(), "the offer is for the asker only");
        String text = TestBot.text(reply);
        assertTrue(text.contains("Jag hittar ingen \"Lena Svensson\" i medlemslistan. Är det en gäst?"), text);
        Block.Entry entry = reply.blocks().stream().filter(b -> b instanceof Block.Entry).map(b -> (Block.Entry) b)
                .findFirst().orElseThrow();
        assertEquals("gäst Lena Svensson, <organisation>", entry.text());
        assertEquals(Button.Kind.EDIT, entry.buttons().get(0).kind());
        assertEquals("gäst Lena Svensson, <organisation>", entry.buttons().get(0).command());
        assertEquals(before, bot.snapshot());
        String english = TestBot.text(bot.say(amina, "present 20 November Lena Svensson"));
        assertTrue(english.contains("guest Lena Svensson, <organisation> 2026-11-20"), english);
    }

    @Test
    void anOrganisationOwnsAnItemItsMembersSeeAndMayMarkDone() {
        String added = bot.ok(amina, "åtgärd Länsstyrelsen återkommer om datum");
        assertTrue(added.contains("ansvarig: Länsstyrelsen"), added);
        assertEquals(1, bot.count("action_org_owner WHERE kind = 'organisation' AND organisation = 'Länsstyrelsen'"));
        assertEquals(0, bot.count("action_owner"), "not Lovisa, the one member from Länsstyrelsen");
        assertTrue(bot.ok(lovisa, "åtgärder mina").contains("#1 återkommer om datum — Länsstyrelsen"));
        assertEquals(bot.ok(lovisa, "åtgärder mina"), bot.ok(lovisa, "mina åtgärder"), "said the other way round");
        assertTrue(bot.ok(lovisa, "my actions").contains("#1 återkommer om datum — Länsstyrelsen"), "and in English");
        assertTrue(bot.ok(tor, "åtgärder mina").contains("Inga"), "Falkenberg's member does not see it");
        assertTrue(bot.ok(tor, "åtgärder Länsstyrelsen").contains("#1 återkommer om datum"));
        String refused = bot.refused(tor, "klar 1");
        assertTrue(refused.contains("#1 (Länsstyrelsen)"), refused);
        bot.ok(lovisa, "klar 1");
        assertTrue(bot.ok(amina, "protokoll idag").contains("- Åtgärd: Länsstyrelsen återkommer om datum"));
    }

    @Test
    void allMunicipalitiesAndEveryoneOwnItemsAsWritten() {
        bot.ok(amina, "åtgärd alla kommuner skickar statistik");
        bot.ok(amina, "åtgärd alla läser rapporten");
        bot.ok(amina, "åtgärd Tor och Länsstyrelsen bjuder in AF");
        String tors = bot.ok(tor, "åtgärder mina");
        assertTrue(tors.contains("#1 skickar statistik — alla kommuner") && tors.contains("#2 läser rapporten — alla")
                && tors.contains("#3 bjuder in AF — Tor Jacobsen, Länsstyrelsen"), tors);
        String lovisas = bot.ok(lovisa, "åtgärder mina");
        assertFalse(lovisas.contains("#1"), "Länsstyrelsen is no municipality: " + lovisas);
        assertTrue(lovisas.contains("#2") && lovisas.contains("#3"), lovisas);
        bot.ok(tor, "klar 1");
        String md = bot.ok(amina, "protokoll idag");
        assertTrue(md.contains("- Åtgärd: alla kommuner skickar statistik\n"), md);
        assertTrue(md.contains("- Åtgärd: Tor Jacobsen och Länsstyrelsen bjuder in AF\n"), md);
        assertTrue(bot.ok(amina, "actions all").contains("#2 läser rapporten — everyone"));
    }

    @Test
    void anOwnerNobodyHasHeardOfIsAnsweredWithTheOrganisations() {
        String before = bot.snapshot();
        String text = bot.refused(amina, "åtgärd Migrationsverket ringer");
        assertTrue(text.contains("Jag hittar ingen \"Migrationsverket\" i medlemslistan. Medlemmar: Amina, Tor, Lovisa."
                + " Organisationer: Region Halland, Falkenberg, Länsstyrelsen, alla kommuner, alla."), text);
        assertTrue(bot.refused(amina, "åtgärd Länsstyrelssen ringer").contains("Menade du Länsstyrelsen?"));
        assertTrue(bot.refused(amina, "action Migrationsverket calls").contains("Organisations: Region Halland, Falkenberg,"));
        assertEquals(before, bot.snapshot());
    }
}
