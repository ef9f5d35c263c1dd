package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import biweekly.Biweekly;
import biweekly.ICalendar;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;

/** GET /calendar/{group}/{secret}.ics: the group's whole calendar for a subscription; a wrong secret is 404. */
class CalendarFeedTest {
    static final ConversationRef CHANNEL = new ConversationRef("console", "local", "sgi");
    static final ChatUser AMINA = new ChatUser("amina", "Amina Boulaabi", Optional.of("amina@example.se"), true);

    @TempDir
    Path folder;
    Samverka samverka;
    Javalin http;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db")),
                ConfigLoader.PUBLIC_URL, "https://samverka.example.se"), Optional.empty()), clock);
        http = HttpServer.create(samverka).start(0);
    }

    @AfterEach
    void stop() {
        http.stop();
        samverka.close();
    }

    String say(String text) {
        Reply reply = samverka.assistant().handle(new IncomingCommand(CHANNEL, AMINA, text));
        assertTrue(!reply.rejected(), text + " → " + reply);
        return reply.blocks().toString();
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String path(String text) {
        Matcher m = Pattern.compile("webcal://samverka\\.example\\.se(/calendar/\\d+/[0-9a-f]{32}\\.ics)").matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }

    @Test
    void theFeedHasEveryMeetingAndItsAddressCanBeChanged() throws Exception {
        say("grupp skapa Strategisk grupp integration");
        say("medlem Tor Jacobsen, Falkenberg, tor@example.se");
        say("möte 10 december 9-12 Halmstad");
        say("möte 21 januari 2027 13-16 Hylte");
        say("ställ in 21 januari 2027");
        String arabic = "تقرير عن اجتماع التشاور مع المحافظة بشأن توفير الكفاءات لقطاع الأعمال في هالمستاد";
        say("punkt " + arabic);
        String path = path(say("kalender"));
        assertEquals(path, path(say("möten")), "möten shows the same address");

        HttpResponse<String> feed = get(path);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        ICalendar cal = Biweekly.parse(feed.body()).first();
        assertEquals("PUBLISH", cal.getMethod().getValue());
        assertEquals(2, cal.getEvents().size());
        assertEquals("CANCELLED", cal.getEvents().get(1).getStatus().getValue());
        assertEquals(LocalDateTime.parse("2026-12-10T09:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                cal.getEvents().get(0).getDateStart().getValue().toInstant());
        assertTrue(cal.getEvents().get(0).getAttendees().isEmpty(), "no e-mail addresses in a shared feed");
        assertTrue(cal.getEvents().get(0).getDescription().getValue().contains("1. " + arabic + "\n"));
        assertTrue(feed.body().lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75),
                "folded at 75 octets");

        assertEquals(404, get(path.replaceAll("[0-9a-f]{32}", "0".repeat(32))).statusCode(), "wrong secret");
        assertEquals(404, get(path.replaceAll("/calendar/\\d+/", "/calendar/999/")).statusCode(), "wrong group");
        assertEquals(404, get("/calendar/1/not-a-secret.ics").statusCode());

        String rotated = path(say("kalender ny länk"));
        assertTrue(!rotated.equals(path));
        assertEquals(404, get(path).statusCode(), "the old address no longer works");
        assertEquals(200, get(rotated).statusCode());
    }
}
