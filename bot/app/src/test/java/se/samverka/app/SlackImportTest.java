package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.integrations.console.ConsoleSession;
import se.samverka.integrations.console.TextRenderer;
import se.samverka.storage.TestDatabase;

/**
 * Minutes shared with the bot in Slack, over HTTP as in {@link SlackAppTest}: events signed as Slack signs them,
 * the real Bolt/Slack client against {@link FakeSlack}, which also keeps the shared files at their url_private and
 * records who asked for them with which Authorization. Seed 004 is read from ../shared/seeds at test time.
 */
class SlackImportTest extends SlackAppFixture {
    static final String BOELS_DM = "D0BOEL";
    static final int MB = 1024 * 1024;
    int events;

    /** The group made in Slack: Boel the chair, Amina the secretary, Tor. */
    void slackGroup() throws Exception {
        command(BOEL, "grupp skapa Strategisk grupp integration");
        command(BOEL, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        command(BOEL, "medlem Tor Jacobsen, Falkenberg, tor@example.se");
    }

    /** A file as Slack's events describe it, kept at {@code url}. */
    static JsonObject file(String name, long size, String url) {
        JsonObject f = new JsonObject();
        f.addProperty("id", "F0" + Integer.toHexString(url.hashCode()).toUpperCase(java.util.Locale.ROOT));
        f.addProperty("name", name);
        f.addProperty("title", name);
        f.addProperty("mimetype", "text/plain");
        f.addProperty("filetype", "text");
        f.addProperty("size", size);
        f.addProperty("mode", "hosted");
        f.addProperty("url_private", url);
        f.addProperty("url_private_download", url);
        return f;
    }

    /** The file shared in a direct message with the bot (message.im, subtype file_share), optionally in a thread. */
    void shareInDirectMessage(String user, JsonObject file, Optional<String> thread) throws Exception {
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("subtype", "file_share");
        event.addProperty("channel", BOELS_DM);
        event.addProperty("channel_type", "im");
        event.addProperty("user", user);
        event.addProperty("text", "");
        event.addProperty("ts", "1763000000.0002" + (++events));
        thread.ifPresent(t -> event.addProperty("thread_ts", t));
        JsonArray files = new JsonArray();
        files.add(file);
        event.add("files", files);
        deliver(event);
    }

    /** The file shared in the group's channel with a mention of the bot (app_mention with files). */
    void shareWithMention(String user, JsonObject file) throws Exception {
        JsonObject event = mention(user, "här är minnesanteckningarna");
        JsonArray files = new JsonArray();
        files.add(file);
        event.add("files", files);
        deliver(event);
    }

    void deliver(JsonObject event) throws Exception {
        HttpResponse<String> ack = slack.post(SlackClientSim.eventBody("Ev0FILE" + (++events), event), "application/json");
        assertEquals(200, ack.statusCode(), ack.body());
    }

    /** The number of answers posted or shown so far, to wait for the next one. */
    int answers() {
        return fake.calls("chat.postMessage").size() + fake.calls("chat.postEphemeral").size();
    }

    /** The answer after {@code before} answers: the call (chat.postMessage or chat.postEphemeral). */
    FakeSlack.Call answer(int before) {
        return Eventually.get(() -> {
            List<FakeSlack.Call> all = new ArrayList<>(fake.calls()).stream()
                    .filter(c -> c.method().equals("chat.postMessage") || c.method().equals("chat.postEphemeral")).toList();
            return all.size() > before ? Optional.of(all.get(before)) : Optional.empty();
        }, () -> "no answer; calls: " + fake.calls().stream().map(FakeSlack.Call::method).toList());
    }

    /** Every download asked of the fake Slack: file name → the Authorization and Host it came with. */
    List<Map<String, String>> downloads() {
        return fake.calls().stream().filter(c -> c.method().startsWith("file:")).map(FakeSlack.Call::params).toList();
    }

    static byte[] seed004() throws Exception {
        return CommandLineImport.seed004();
    }

    long count(String database, String sql) {
        return DbSnapshot.count(database, sql);
    }

    Map<String, Long> records(String database) {
        return CommandLineImport.records(database);
    }

    String cli(String console, String as) throws Exception {
        return CommandLineImport.database(folder, clock, console, as);
    }

    void sameAsTheCommandLine(String other) throws Exception {
        CommandLineImport.sameRecords(other, db);
    }

    // ---- the tests ----

    @Test
    void seed004SharedWithAMentionMergesIntoTheDemoGroupAsTheCommandLineImportDoes() throws Exception {
        assertTrue(Demo.load(samverka, clock));
        ConsoleSession amina = new ConsoleSession(samverka.assistant(), Optional.of(Demo.GROUP), Demo.SECRETARY);
        assertFalse(amina.send("medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare").rejected());
        Matcher code = Pattern.compile("\"" + Demo.GROUP + "\": (\\S+)").matcher(TextRenderer.render(amina.send("grupp kod")));
        assertTrue(code.find());
        assertTrue(command(AMINA, "grupp koppla " + Demo.GROUP + " " + code.group(1)).toString().contains("nu kopplad"));
        Map<String, Long> before = records(db);
        String url = fake.file("seed-004.txt", seed004());

        int answered = answers();
        shareWithMention(AMINA, file("Minnesanteckningar 2017-09-05.txt", seed004().length, url));
        FakeSlack.Call imported = answer(answered);
        assertEquals("chat.postMessage", imported.method(), "an import is told to the channel");
        assertEquals(SlackClientSim.CHANNEL, imported.params().get("channel"));
        assertTrue(imported.params().get("text").contains("Minnesanteckningar 2017-09-05.txt är inlästa för mötet")
                && imported.params().get("text").contains("(0 nya gäster)"), imported.params().get("text"));
        assertEquals(List.of(Map.of("authorization", "Bearer " + TOKEN, "host", fake.base().substring("http://".length()))),
                downloads(), "fetched once, from the fake Slack, with the bot token");
        Map<String, Long> after = records(db);
        for (String table : List.of("meeting", "decision", "action_item", "action_owner", "round_table_entry", "member", "attendance")) {
            assertEquals(before.get(table), after.get(table), table + " not doubled");
        }
        assertTrue(after.get("meeting_note") > before.get("meeting_note"), "the discussion became notes");
        sameAsTheCommandLine(cli(null, null));

        String unchanged = DbSnapshot.of(db);
        answered = answers();
        shareWithMention(AMINA, file("kopia.txt", seed004().length, url));
        FakeSlack.Call again = answer(answered);
        assertEquals("chat.postEphemeral", again.method(), "a refusal is for the sharer alone");
        assertEquals(AMINA, again.params().get("user"));
        assertTrue(again.params().get("text").contains("kopia.txt är redan inläst (mötet"), again.params().get("text"));
        assertEquals(unchanged, DbSnapshot.of(db), "the same minutes again change nothing");
    }

    @Test
    void minutesSharedInADirectMessageGoToTheSharersGroupAndAreAnsweredInTheThread() throws Exception {
        slackGroup();
        String url = fake.file("seed.txt", seed004());
        int answered = answers();
        shareInDirectMessage(BOEL, file("protokoll.txt", seed004().length, url), Optional.of("1763000000.000001"));
        FakeSlack.Call reply = answer(answered);
        assertEquals("chat.postMessage", reply.method());
        assertEquals(BOELS_DM, reply.params().get("channel"));
        assertEquals("1763000000.000001", reply.params().get("thread_ts"), "in the thread the file was shared in");
        assertTrue(reply.params().get("text").contains("protokoll.txt är inlästa för mötet"), reply.params().get("text"));
        assertTrue(count(db, "SELECT COUNT(*) FROM decision") > 0 && count(db, "SELECT COUNT(*) FROM action_item") > 0);
        sameAsTheCommandLine(cli("grupp skapa " + Demo.GROUP + "\nmedlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare\n"
                + "medlem Tor Jacobsen, Falkenberg, tor@example.se\n", "Boel Abelson-Crossley"));
    }

    /** Shares the file in Boel's direct message; returns the refusal after checking that nothing changed. */
    String refused(JsonObject file) throws Exception {
        String before = DbSnapshot.of(db);
        int answered = answers();
        shareInDirectMessage(BOEL, file, Optional.empty());
        FakeSlack.Call reply = answer(answered);
        assertEquals(before, DbSnapshot.of(db), file + " changed nothing");
        assertEquals(BOELS_DM, reply.params().get("channel"));
        return reply.params().get("text");
    }

    @Test
    void aFileElsewhereIsRefusedWithoutTheTokenAndARedirectIsNotFollowed() throws Exception {
        slackGroup();
        fake.file("seed.txt", seed004());
        String otherHost = fake.base().replace("127.0.0.1", "localhost") + "/files/seed.txt"; // the same server, another name
        assertTrue(refused(file("a.txt", 100, otherHost)).contains("a.txt är inte en fil uppladdad i chatten"));
        assertTrue(refused(file("b.txt", 100, "https://files.slack.com.example.org/seed.txt")).contains("inte en fil uppladdad"));
        assertTrue(refused(file("c.txt", 100, "")).contains("inte en fil uppladdad"));
        assertEquals(List.of(), downloads(), "no address but the Slack API's was asked");

        String moved = fake.redirect("moved.txt", otherHost);
        assertTrue(refused(file("d.txt", 100, moved)).contains("Jag kunde inte hämta d.txt"));
        assertEquals(1, downloads().size(), "the redirect was not followed: " + downloads());
        assertEquals("Bearer " + TOKEN, downloads().get(0).get("authorization"));
    }

    @Test
    void aFileTooLargeIsRefusedBeforeOrWhileItIsFetchedAndChangesNothing() throws Exception {
        slackGroup();
        String url = fake.file("seed.txt", seed004());
        assertTrue(refused(file("stor.txt", 10L * MB + 1, url)).contains("stor.txt är större än 10 MB"));
        assertEquals(List.of(), downloads(), "Slack's size said it: not fetched");
        // Slack said it was small; the body streams on, 50 MB without a Content-Length: the bot stops reading after 10
        String endless = fake.stream("endless.txt", 50L * MB);
        assertTrue(refused(file("liten.txt", 2000, endless)).contains("liten.txt är större än 10 MB"));
        assertEquals(1, downloads().size());
        long written = Long.parseLong(fake.await("streamed:endless.txt", 1).get(0).params().get("bytes"));
        assertTrue(written < 50L * MB, "the download was given up at the cap, not read to its end: " + written + " bytes");
    }

    @Test
    void otherKindsOfFileAndDocumentsThatAreNotMinutesAreRefusedAndChangeNothing() throws Exception {
        slackGroup();
        String url = fake.file("seed.txt", seed004());
        assertTrue(refused(file("budget.pdf", 100, url)).contains("så jag läste inte budget.pdf"));
        assertTrue(refused(file("bilder.pptx", 100, url)).contains("så jag läste inte bilder.pptx"));
        assertEquals(List.of(), downloads(), "not fetched");
        Path plan;
        try (Stream<Path> seeds = Files.list(ImportMergeTest.seed004().getParent())) {
            plan = seeds.filter(p -> !p.getFileName().toString().startsWith("004")).sorted().findFirst().orElseThrow();
        }
        byte[] text = Files.readAllBytes(plan);
        String notMinutes = fake.file("plan.txt", text);
        assertTrue(refused(file("verksamhetsplan.txt", text.length, notMinutes))
                .contains("verksamhetsplan.txt ser inte ut som minnesanteckningar"));
    }

    @Test
    void onlyTheChairOrTheSecretaryMayImportAndTheFileIsNotFetchedForAnyoneElse() throws Exception {
        slackGroup();
        String url = fake.file("seed.txt", seed004());
        String before = DbSnapshot.of(db);
        int answered = answers();
        shareWithMention(TOR, file("protokoll.txt", seed004().length, url));
        FakeSlack.Call reply = answer(answered);
        assertEquals("chat.postEphemeral", reply.method());
        assertTrue(reply.params().get("text").contains("Det kan bara ordföranden eller sekreteraren göra"), reply.params().get("text"));
        assertEquals(before, DbSnapshot.of(db));
        assertEquals(List.of(), downloads());
    }

    @Test
    void aDirectMessageIsACommandAndTheBotsOwnFilesThereAreNotMinutes() throws Exception {
        slackGroup();
        int answered = answers();
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("channel", BOELS_DM);
        message.addProperty("channel_type", "im");
        message.addProperty("user", BOEL);
        message.addProperty("text", "medlemmar");
        message.addProperty("ts", "1763000000.000300");
        deliver(message);
        FakeSlack.Call reply = answer(answered);
        assertEquals(BOELS_DM, reply.params().get("channel"));
        assertTrue(reply.params().get("blocks").contains("Tor Jacobsen"), reply.params().get("blocks"));

        long stored = count(db, "SELECT COUNT(*) FROM inbox");
        fake.file("protokoll.md", "# Protokoll".getBytes(StandardCharsets.UTF_8));
        shareInDirectMessage("UBOT", file("protokoll.md", 11, fake.base() + "/files/protokoll.md"), Optional.empty());
        assertEquals(stored, count(db, "SELECT COUNT(*) FROM inbox"), "the bot's own upload is only acknowledged");
        assertEquals(List.of(), downloads());
    }
}
