package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.storage.LocalPostgres;
import se.samverka.storage.TestDatabase;

/**
 * Issue 18's proof: two real {@code serve} processes on one PostgreSQL database, behind nothing. Signed Slack slash
 * commands are spread over both, Slack's retries of a delivery go to the other one, and in the middle of the stream
 * one process is killed ({@code kill -9}) while it holds a command it acknowledged, then started again. Meanwhile
 * both plan and send a planned week's digests and reminders. In the end every acknowledged command is stored exactly
 * once and answered, every retry carried out once, every outbox message posted to Slack exactly once, and nothing is
 * left pending. A link to the web pages made on one instance opens on the other, whose session works on the first. Waits are for conditions,
 * with deadlines; nothing is timed.
 */
class TwoInstancesTest {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BOEL = "U0BOEL";
    static final String SEN = "U0SEN";
    static final String TEAM = SlackClientSim.TEAM;
    static final int COMMANDS = 200;
    static final int GROUPS = 3;
    static final Duration LIMIT = Duration.ofSeconds(120);
    private static final Pattern TOKEN = Pattern.compile("K(\\d{3})Q");
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path folder;
    FakeSlack fake;
    String db;
    final List<ServeProcess> processes = new ArrayList<>();

    /** One command of the stream: its token, its request, and how it fared. */
    record Sent(int token, String trigger, String body, boolean acknowledged) {}

    @AfterEach
    void stop() throws Exception {
        for (ServeProcess p : processes) p.close();
        if (fake != null) fake.close();
    }

    @Test
    void twoServesOnOnePostgresLoseNothingAndDoubleNothingAcrossAKill() throws Exception {
        long began = System.nanoTime();
        LocalPostgres server = TestDatabase.server();
        db = server.address(server.newDatabase());
        fake = new FakeSlack();
        fake.person(BOEL, "Boel Abelson-Crossley", "boel@example.se");
        fake.person(SEN, "Sen Senapsson", "sen@example.se");
        plannedWeek();

        ServeProcess a = serve("a");
        ServeProcess b = serve("b");
        a.awaitReady(LIMIT);
        b.awaitReady(LIMIT);
        Map<Integer, Sent> sent = new TreeMap<>();
        int retries = 0;
        int retriedElsewhere = 0;
        for (int i = 0; i < COMMANDS; i++) {
            if (i == COMMANDS / 2) a = killedHoldingACommand(a, b, sent);
            if (i == COMMANDS * 3 / 4) a = serve("a").awaitReady(LIMIT); // restarted
            ServeProcess to = i % 2 == 0 ? a : b;
            ServeProcess other = to == a ? b : a;
            Sent s = send(to, i, Optional.empty());
            if (!s.acknowledged()) { // Slack retries a delivery it got no 200 for: here to the other instance
                s = new Sent(s.token(), s.trigger(), s.body(), retry(other, s));
                retriedElsewhere++;
            } else if (i % 10 == 5 && retry(other, s)) { // acknowledged too late for Slack: retried on the other one
                retries++;
            }
            sent.put(i, s);
        }
        List<Sent> acknowledged = sent.values().stream().filter(Sent::acknowledged).toList();
        String ackTriggers = String.join(",", acknowledged.stream().map(Sent::trigger).toList());
        waitFor(() -> count("SELECT COUNT(*) FROM inbox WHERE status IN ('received', 'done')") == 0
                && acknowledged.stream().allMatch(s -> !fake.calls("respond:" + s.trigger()).isEmpty()),
                () -> "every acknowledged command answered; open: " + rows("SELECT delivery_id, status, claimed_by FROM inbox"
                        + " WHERE status IN ('received', 'done')") + "\n" + ackTriggers);
        waitFor(() -> count("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'") == 0
                && fake.postedKeys().size() == count("SELECT COUNT(*) FROM outbox"),
                () -> "the outbox sent: " + rows("SELECT message_key, status, attempts FROM outbox WHERE status <> 'sent'"));

        Map<Integer, Integer> stored = storedTokens();
        for (Sent s : acknowledged) {
            assertEquals(1, stored.getOrDefault(s.token(), 0), () -> String.format("stored once: K%03dQ; answered: %s", s.token(),
                    fake.calls("respond:" + s.trigger()).get(0).body()));
        }
        assertTrue(stored.values().stream().allMatch(n -> n == 1), "nothing stored twice: " + stored);
        assertEquals(0, count("SELECT COUNT(*) FROM inbox WHERE status = 'failed'"), "no command given up");
        List<String> answeredTwice = acknowledged.stream().map(Sent::trigger)
                .filter(t -> fake.calls("respond:" + t).size() > 1).toList();
        long takenUp = count("SELECT COUNT(*) FROM inbox WHERE attempts > 0");
        Map<String, Integer> posted = fake.postedKeys();
        Set<String> keys = new LinkedHashSet<>(column("SELECT message_key FROM outbox ORDER BY message_key"));
        assertEquals(keys, posted.keySet(), "every outbox message posted, and nothing else");
        posted.forEach((key, times) -> assertEquals(1, times, "posted once: " + key));
        long digests = keys.stream().filter(k -> k.startsWith("digest:")).count();
        assertEquals(GROUPS, digests, "each group's digest: " + keys);
        assertTrue(keys.size() >= GROUPS * 4L, "digests and reminders of the week: " + keys);

        webLinkMadeOnOneOpensOnTheOther(a, b);
        System.out.printf("TwoInstancesTest: %d commands sent (%d Slack retries of acknowledged ones to the other"
                        + " instance, %d of unacknowledged ones), %d acknowledged, %d stored (each once), %d taken up from the"
                        + " killed instance, answered twice: %s, %d outbox messages (%d digests) posted once each, %.1f s%n",
                COMMANDS, retries, retriedElsewhere, acknowledged.size(), stored.size(), takenUp, answeredTwice, keys.size(),
                digests, (System.nanoTime() - began) / 1e9);
    }

    /**
     * Sends a command from a member Slack has not told either instance about to {@code a}: a's worker asks Slack who
     * it is, and while that question is held a is killed. The command was acknowledged and is claimed by a dead
     * process: b (on the same machine) takes it up.
     */
    private ServeProcess killedHoldingACommand(ServeProcess a, ServeProcess b, Map<Integer, Sent> sent) throws Exception {
        int calls = fake.calls("users.info").size();
        fake.hold("users.info");
        Sent held = send(a, 900, Optional.of(SEN));
        assertTrue(held.acknowledged(), "acknowledged before the kill");
        waitFor(() -> fake.calls("users.info").size() > calls, () -> "a asks who sent it");
        a.kill();
        fake.release("users.info");
        sent.put(900, held);
        return a;
    }

    private Sent send(ServeProcess to, int i, Optional<String> user) {
        SlackClientSim slack = new SlackClientSim(to.url() + "/slack/events", SECRET, fake);
        String trigger = "TR" + to.name() + i;
        String token = String.format("K%03dQ", i);
        String text = i % 2 == 0 ? "beslut Vi ordnar " + token + " i Halmstad." : "åtgärd Boel ringer om " + token;
        String body = slack.slashBody(trigger, user.orElse(BOEL), text, channel(i));
        return new Sent(i, trigger, body, post(slack, body, Map.of()));
    }

    /** Slack's retry of a delivery: the same body, signed again, saying it is a retry; whether it was acknowledged. */
    private boolean retry(ServeProcess to, Sent original) {
        SlackClientSim slack = new SlackClientSim(to.url() + "/slack/events", SECRET, fake);
        return post(slack, original.body(), Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    }

    /** Acknowledged: 200 with an empty body. A refused connection (the instance is dead) is not. */
    private static boolean post(SlackClientSim slack, String body, Map<String, String> headers) {
        try {
            HttpResponse<String> r = slack.post(body, "application/x-www-form-urlencoded", System.currentTimeMillis() / 1000,
                    SECRET, headers);
            return r.statusCode() == 200 && r.body().isEmpty();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String channel(int i) {
        return SlackClientSim.CHANNEL + (i % GROUPS + 1);
    }

    /**
     * Three groups, each with a meeting tomorrow (the agenda), in three days with no agenda (the chair told), in a
     * week (the call for items), an item due in two days and one overdue, planned on Monday 16 November; the serves'
     * clock stands at Tuesday 24 November 09.00, when all of it and last Monday's digest are due.
     */
    private void plannedWeek() {
        var config = ConfigLoader.load(Map.of(ConfigLoader.DB, db, ConfigLoader.SLACK_SIGNING_SECRET, SECRET,
                ConfigLoader.SLACK_BOT_TOKEN, "xoxb-test-token", ConfigLoader.SLACK_API_URL, fake.apiUrl()), Optional.empty());
        Clock monday = Clock.fixed(LocalDateTime.parse("2026-11-16T10:00").atZone(ZONE).toInstant(), ZONE);
        try (Samverka samverka = Samverka.open(config, monday)) {
            for (int g = 1; g <= GROUPS; g++) {
                ConversationRef where = new ConversationRef("slack", TEAM, SlackClientSim.CHANNEL + g);
                ChatUser boel = new ChatUser(BOEL, "Boel Abelson-Crossley", Optional.of("boel@example.se"), false);
                for (String text : List.of("grupp skapa Grupp " + g, "medlem Sen Senapsson, Halmstad, sen@example.se, sekreterare",
                        "medlem Amina Boulaabi, Region Halland, amina@example.se",
                        "möte 25 november 9-12 Halmstad", "möte 27 november 13-15 Falkenberg", "möte 1 december 9-12 Varberg",
                        "åtgärd Amina ringer runt senast 26 november", "åtgärd Boel skriver förslaget senast 20 november")) {
                    Reply r = samverka.assistant().handle(new IncomingCommand(where, boel, text));
                    assertFalse(r.rejected(), text + ": " + r);
                }
            }
        }
    }

    private ServeProcess serve(String name) throws IOException {
        ServeProcess p = ServeProcess.start(name, folder, Map.of(ConfigLoader.DB, db, ConfigLoader.SLACK_SIGNING_SECRET,
                SECRET, ConfigLoader.SLACK_BOT_TOKEN, "xoxb-test-token", ConfigLoader.SLACK_API_URL, fake.apiUrl(),
                ConfigLoader.CLOCK, "2026-11-24T09:00:05"));
        processes.add(p);
        return p;
    }

    /** webb on one instance; its link opened on the other, the session it opens used on the first; not twice. */
    private void webLinkMadeOnOneOpensOnTheOther(ServeProcess a, ServeProcess b) throws Exception {
        SlackClientSim slack = new SlackClientSim(a.url() + "/slack/events", SECRET, fake);
        String trigger = "TRweb";
        assertTrue(post(slack, slack.slashBody(trigger, BOEL, "webb", channel(0)), Map.of()));
        String reply = fake.await("respond:" + trigger, 1).get(0).body();
        Matcher link = Pattern.compile("/web/login\\?t(?:=|\\\\u003d)([A-Za-z0-9_.%-]+)").matcher(reply); // '=' as JSON may write it
        assertTrue(link.find(), reply);
        HttpResponse<String> login = get(b.url() + "/web/login?t=" + link.group(1), Optional.empty());
        assertEquals(302, login.statusCode(), "the link made on a opens on b: " + login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        HttpResponse<String> page = get(a.url() + login.headers().firstValue("Location").orElseThrow(), Optional.of(cookie));
        assertEquals(200, page.statusCode(), "b's session works on a");
        assertTrue(page.body().contains("Grupp 1"), page.body());
    }

    private static HttpResponse<String> get(String url, Optional<String> cookie) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url));
        cookie.ifPresent(c -> request.header("Cookie", c));
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<Integer, Integer> storedTokens() {
        Map<Integer, Integer> stored = new HashMap<>();
        for (String text : column("SELECT text FROM decision UNION ALL SELECT task FROM action_item")) {
            Matcher m = TOKEN.matcher(text);
            if (m.find()) stored.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return stored;
    }

    private long count(String sql) {
        return DbSnapshot.count(db, sql);
    }

    private List<String> column(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = TestDatabase.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private String rows(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) row.append(rs.getString(i)).append(i < n ? "|" : "");
                out.add(row.toString());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void waitFor(BooleanSupplier condition, java.util.function.Supplier<String> what) throws InterruptedException {
        long until = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) throw new AssertionError("not within " + LIMIT + ": " + what.get());
            Thread.sleep(50);
        }
    }
}
