package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.calendar.CalendarSync;

/**
 * Outlook through the real Microsoft Graph SDK pointed at a local fake Graph: meetings become events in the
 * organiser's calendar (attendees, Stockholm times, place, agenda), moves update and cancellations cancel the same
 * event, Graph's 429 and 503 never lose a meeting; and the roster is filled from a Microsoft 365 group.
 */
class GraphTest {
    static final ConversationRef CHANNEL = new ConversationRef("console", "local", "strategisk");
    static final ChatUser BOEL = new ChatUser("boel", "Boel Abelson-Crossley", Optional.of("boel@example.se"), true);
    static final String EVENTS = "/v1.0/users/samverka%40regionhalland.se/events";

    @TempDir
    Path folder;
    FakeMicrosoft fake;
    MutableClock clock;
    Samverka samverka;
    String db;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeMicrosoft();
        open(Map.of());
    }

    void open(Map<String, String> extra) {
        db = TestDatabase.setting(folder.resolve("samverka.db"));
        Map<String, String> env = new HashMap<>();
        fake.env().forEach((k, v) -> {
            if (k.startsWith("GRAPH_")) env.put(k, v);
        });
        env.putAll(extra);
        env.put(ConfigLoader.DB, db);
        clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        samverka = Samverka.open(ConfigLoader.load(env, Optional.empty()), clock);
    }

    @AfterEach
    void stop() {
        samverka.close();
        fake.close();
    }

    Reply say(String text) {
        Reply reply = samverka.assistant().handle(new IncomingCommand(CHANNEL, BOEL, text));
        assertFalse(reply.rejected(), text + " → " + reply);
        return reply;
    }

    void group() {
        say("grupp skapa Strategisk grupp integration");
        say("medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        say("medlem Tor Jacobsen, Falkenberg, tor@extern.falkenberg.se");
        say("medlem Karin Utan E-post, Hylte");
    }

    static String text(Reply reply) {
        return reply.blocks().toString();
    }

    /** The sync the commands set off has run; then once more by hand so the test knows it is done. */
    CalendarSync.Report sync() {
        return samverka.calendar().orElseThrow().sync().syncDue();
    }

    @Test
    void aMeetingIsAnOutlookEventThatMovesAndIsCancelledWithTheMeeting() throws Exception {
        group();
        say("möte 10 december 13-16 Halmstad (Länsstyrelsen)");
        say("punkt Budget 2027");
        waitFor(() -> fake.events().values().stream().anyMatch(e -> e.toString().contains("<li>Budget 2027</li>")));
        JsonObject created = fake.await("POST", EVENTS, 1).get(0).json();
        assertEquals("Strategisk grupp integration – möte", created.get("subject").getAsString());
        assertEquals("2026-12-10T13:00:00", created.getAsJsonObject("start").get("dateTime").getAsString());
        assertEquals("Europe/Stockholm", created.getAsJsonObject("start").get("timeZone").getAsString());
        assertEquals("2026-12-10T16:00:00", created.getAsJsonObject("end").get("dateTime").getAsString());
        assertEquals("Halmstad (Länsstyrelsen)", created.getAsJsonObject("location").get("displayName").getAsString());
        String attendees = created.getAsJsonArray("attendees").toString();
        for (String email : List.of("boel@example.se", "amina@example.se", "tor@extern.falkenberg.se")) {
            assertTrue(attendees.contains(email), attendees);
        }
        assertEquals(3, created.getAsJsonArray("attendees").size(), "Karin has no e-mail address");
        String body = created.getAsJsonObject("body").get("content").getAsString();
        assertTrue(body.contains("Möte i Strategisk grupp integration") && body.contains("Värd: Länsstyrelsen"), body);
        assertTrue(created.get("transactionId").getAsString().endsWith("@samverka"));
        assertTrue(fake.calls("POST", EVENTS).get(0).authorization().startsWith("Bearer token-for-http://127.0.0.1"));
        String id = fake.events().keySet().iterator().next();

        say("flytta 10 december till 11 december 9-12");
        waitFor(() -> fake.events().get(id).getAsJsonObject("start").get("dateTime").getAsString()
                .equals("2026-12-11T09:00:00"));
        assertTrue(fake.calls("PATCH", EVENTS + "/" + id).size() >= 1, "the same event is changed");

        say("ställ in 11 december");
        String cancelled = fake.await("POST", EVENTS + "/" + id + "/cancel", 1).get(0).body();
        assertTrue(cancelled.contains("Mötet är inställt."), cancelled);
        assertEquals(1, fake.calls("POST", EVENTS).stream().filter(c -> c.path().equals(EVENTS)).count(),
                "one event, changed and cancelled — never a second");
        assertEquals(new CalendarSync.Report(0, 0, 0, 0), sync(), "nothing left to do");
    }

    @Test
    void anAgendaItemOrANewMemberUpdatesTheInvitation() throws Exception {
        group();
        say("möte 10 december 13-16 Halmstad");
        fake.await("POST", EVENTS, 1);
        say("punkt Rapport från Migrationsverket");
        JsonObject patched = fake.await("PATCH", EVENTS + "/", 1).get(0).json();
        assertTrue(patched.getAsJsonObject("body").get("content").getAsString().contains("Rapport från Migrationsverket"));
        say("medlem Mats Oljelund, Laholm, mats@laholm.se");
        JsonObject again = fake.await("PATCH", EVENTS + "/", 2).get(1).json();
        assertTrue(again.getAsJsonArray("attendees").toString().contains("mats@laholm.se"));
    }

    @Test
    void aThrottledGraphIsWaitedOutAsItAsks() throws Exception {
        group();
        fake.fail("graph", 429, 1, 1);
        say("möte 10 december 13-16 Halmstad");
        fake.await("POST", EVENTS, 1);
        assertEquals(2, fake.calls().stream().filter(c -> c.method().equals("POST") && c.path().equals(EVENTS)).count(),
                "one throttled try, one that went through");
        assertEquals(1, fake.events().size());
    }

    @Test
    void graphDownKeepsTheMeetingAndTriesAgainLater() throws Exception {
        group();
        fake.fail("graph", 503, 120, 10);
        Reply booked = say("möte 10 december 13-16 Halmstad");
        assertTrue(text(booked).contains("Möte inbokat"), text(booked));
        waitFor(() -> DbSnapshot.count(db, "SELECT COUNT(*) FROM calendar_event WHERE attempts = 1") == 1);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM meeting"), "the meeting stands");
        assertTrue(fake.events().isEmpty());
        assertEquals(new CalendarSync.Report(0, 0, 0, 0), sync(), "not before Graph's Retry-After (120 s)");
        String failing = text(say("möten"));
        assertTrue(failing.contains("inte uppdaterade i Outlook"), failing);

        clock.set(clock.instant().plus(Duration.ofSeconds(121)));
        fake.recover();
        assertEquals(new CalendarSync.Report(1, 0, 0, 0), sync());
        assertEquals(1, fake.events().size());
        assertEquals(0, DbSnapshot.count(db, "SELECT COUNT(*) FROM calendar_event WHERE next_try IS NOT NULL"));
    }

    @Test
    void anEventDeletedInOutlookComesBackWhenTheMeetingChanges() throws Exception {
        group();
        say("möte 10 december 13-16 Halmstad");
        waitFor(() -> fake.events().size() == 1); // the call is recorded before the fake has stored the event
        fake.deleteEvent(fake.events().keySet().iterator().next());
        say("flytta 10 december till 10 december 14-17");
        waitFor(() -> fake.events().size() == 1);
        JsonObject again = fake.events().values().iterator().next();
        assertEquals("2026-12-10T14:00:00", again.getAsJsonObject("start").get("dateTime").getAsString());
    }

    @Test
    void aTeamsMeetingLinkIsAddedWhenAskedFor() throws Exception {
        samverka.close();
        open(Map.of("GRAPH_TEAMS_LINK", "true"));
        group();
        say("möte 10 december 13-16 Halmstad");
        JsonObject created = fake.await("POST", EVENTS, 1).get(0).json();
        assertTrue(created.get("isOnlineMeeting").getAsBoolean());
        assertEquals("teamsForBusiness", created.get("onlineMeetingProvider").getAsString());
        waitFor(() -> DbSnapshot.count(db, "SELECT COUNT(*) FROM calendar_event WHERE join_url IS NOT NULL") == 1);
        String meetings = text(say("möten"));
        assertTrue(meetings.contains("https://teams.microsoft.com/l/meetup-join/"), meetings);
    }

    // ---- roster import ----

    @Test
    void theRosterIsFilledFromAMicrosoft365Group() throws Exception {
        group();
        fake.group("11111111-2222-3333-4444-555555555555", "Strategisk grupp Halland", List.of(
                FakeMicrosoft.user("aad-amina", "Amina Boulaabi", "amina@example.se", "Region Halland"),
                FakeMicrosoft.user("aad-ibrahim", "Ibrahim Hassan", "ibrahim@varberg.se", null),
                FakeMicrosoft.user("aad-karin", "Karin Utan E-post", "karin@hylte.se", "Hylte kommun"),
                FakeMicrosoft.user("aad-guest", "Lena Gäst (Arbetsförmedlingen)", "lena@arbetsformedlingen.se", "Arbetsförmedlingen"),
                FakeMicrosoft.user("aad-bad", "#&!", "x@example.se", null)));
        String reply = text(say("medlem importera Strategisk grupp Halland"));
        assertTrue(reply.contains("Importerat från Strategisk grupp Halland: 2 nya, 1 uppdaterade, 1 fanns redan"), reply);
        assertTrue(reply.contains("Varberg: Ibrahim Hassan"), reply);
        assertTrue(reply.contains("Arbetsförmedlingen: Lena Gäst"), reply);
        assertTrue(reply.contains("Hoppade över") && reply.contains("#&!"), reply);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM member WHERE name = 'Karin Utan E-post' AND email = 'karin@hylte.se'"));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM member_identity WHERE platform = 'teams' AND user_id = 'aad-ibrahim'"));
        assertTrue(fake.calls().stream().anyMatch(c -> c.path().contains("skiptoken=2")), "read page by page");

        String before = DbSnapshot.of(db);
        String again = text(say("medlem importera Strategisk grupp Halland"));
        assertTrue(again.contains("0 nya, 0 uppdaterade, 4 fanns redan"), again);
        assertEquals(strip(before), strip(DbSnapshot.of(db)), "a second import changes nothing but the audit log");
    }

    @Test
    void anUnknownGroupOrAnUnreachableDirectoryIsToldAndChangesNothing() throws Exception {
        group();
        String before = DbSnapshot.of(db);
        Reply unknown = samverka.assistant().handle(new IncomingCommand(CHANNEL, BOEL, "medlem importera Finns Inte"));
        assertTrue(unknown.rejected());
        assertTrue(text(unknown).contains("hittar ingen Microsoft 365-grupp eller team som heter \"Finns Inte\""), text(unknown));
        fake.fail("graph", 503, 0, 10);
        Reply down = samverka.assistant().handle(new IncomingCommand(CHANNEL, BOEL, "member import Strategic group"));
        assertTrue(down.rejected());
        assertTrue(text(down).contains("I cannot reach the directory right now"), text(down));
        assertEquals(before, DbSnapshot.of(db));
    }

    private static String strip(String snapshot) {
        return snapshot.lines().filter(l -> !l.contains("member.import")).collect(Collectors.joining("\n"));
    }

    static void waitFor(java.util.function.BooleanSupplier condition) {
        Eventually.until(condition, "the calendar sync");
    }
}
